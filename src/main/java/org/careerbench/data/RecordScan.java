package org.careerbench.data;

/**
 * One pass over a record's characters: its fingerprint (FNV-1a over every field and a
 * separator, so equal rows give equal values) and the line breaks inside its fields (so the
 * record's first line can be named). Reused from record to record by one reader.
 */
final class RecordScan {
    long fingerprint;
    int lineBreaks;

    void of(Fields record) {
        long h = 0xcbf29ce484222325L;
        int breaks = 0;
        for (int f = 0; f < record.size(); f++) {
            String field = record.get(f);
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                h = (h ^ c) * 0x100000001b3L;
                if (c == '\n') {
                    breaks++;
                }
            }
            h = (h ^ 0x1F) * 0x100000001b3L;
        }
        fingerprint = h;
        lineBreaks = breaks;
    }
}
