package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.careerbench.data.Sha256;
import org.careerbench.delivery.DeliveryLog;

/**
 * Checks a published period folder against its manifest: every output listed is present with
 * the recorded size and SHA-256, and nothing else is there.
 */
public final class ManifestVerifier {

    /**
     * @return the problems found, one line each; empty when the folder matches its manifest
     */
    public List<String> verify(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(ManifestFile.of(folder))) {
            return List.of(Files.isDirectory(folder) ? "no manifest.json, expected one in every published period"
                    : "no such folder, expected a published period folder such as output/2026-11");
        }
        Map<String, long[]> sizes = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        try {
            for (ManifestFile.Output o : ManifestFile.read(folder).outputs()) {
                sizes.put(o.file(), new long[] {o.bytes()});
                hashes.put(o.file(), o.sha256());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // A manifest cut short (a disk that filled, a copy interrupted): said in words, at its line.
            return List.of("manifest.json:" + e.getLocation().getLineNr() + ": cut short or not JSON, expected the "
                    + "manifest every run writes; the folder cannot be checked against it");
        }
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            Path f = folder.resolve(e.getKey());
            if (!Files.isRegularFile(f)) {
                problems.add(e.getKey() + ": missing, expected " + sizes.get(e.getKey())[0] + " bytes");
                continue;
            }
            long size = Files.size(f);
            if (size != sizes.get(e.getKey())[0]) {
                problems.add(e.getKey() + ": " + size + " bytes, expected " + sizes.get(e.getKey())[0]);
            }
            String sha = Sha256.of(f);
            if (!sha.equals(e.getValue())) {
                problems.add(e.getKey() + ": SHA-256 " + sha + ", expected " + e.getValue());
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                // The delivery log is appended after publishing, by design not part of the manifest.
                if (!name.equals(ManifestFile.NAME) && !name.equals(DeliveryLog.FILE) && !hashes.containsKey(name)) {
                    problems.add(name + ": not in the manifest");
                }
            }
        }
        return problems;
    }
}
