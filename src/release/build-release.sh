#!/bin/sh
# Builds the release archive target/careerbench-<version>-linux-x64.tar.gz from the shaded jar:
# a Java runtime trimmed by jlink to the modules the application uses (found by jdeps), the jar,
# the launcher, the shipped templates, the sample input, the docs and the third-party notices.
# Run by `mvn -B -Prelease package` after the jar is made; arguments: version, target folder.
set -eu
version=$1
target=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
name="careerbench-$version"
release="$target/release"
stage="$release/$name"
jar="$target/careerbench-app.jar"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

rm -rf "$release"
mkdir -p "$stage/bin" "$stage/lib"

# The modules the code calls, plus those it reaches only by name at run time: locale data (German
# number and date formats), extra charsets (--encoding), elliptic-curve TLS (SMTP delivery) and
# the zip file system.
modules=$("$java_home/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar")
modules="$modules,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$stage/runtime"
# Native libraries without their symbol tables, where strip is at hand; then the runtime's own
# class-data-sharing archive (the default heap layout only), so that it starts as fast as a JDK.
if command -v strip >/dev/null 2>&1; then
  find "$stage/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} \;
fi
"$stage/runtime/bin/java" -Xshare:dump -Xlog:cds=off >/dev/null

cp "$jar" "$stage/lib/careerbench.jar"
cp "$root/src/release/careerbench" "$stage/bin/careerbench"
chmod 755 "$stage/bin/careerbench"
cp -R "$root/templates" "$root/input" "$root/docs" "$stage/"
cp "$root/README.md" "$stage/README.md"
{
  echo "CareerBench $version bundles the libraries below, each under its own licence (as its Maven"
  echo "artifact declares it; generated from the build's dependencies), and a Java runtime whose"
  echo "licences are in runtime/legal/."
  echo
  cat "$target/generated-sources/license/THIRD-PARTY.txt"
} >"$stage/THIRD-PARTY-NOTICES.txt"
echo "$version" >"$stage/VERSION"

archive="$target/$name-linux-x64.tar.gz"
tar -czf "$archive" -C "$release" "$name"
echo "release: $archive ($(du -k "$archive" | cut -f1) KB; modules $modules)"
