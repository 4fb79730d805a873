#!/usr/bin/env bash
# scripts/release.sh — build the release binaries of riskregister, for a PC
# with no internet (an LGWAN PC): one static binary per target and a
# SHA256SUMS file to check them with.
#
# Usage:
#   scripts/release.sh [-o DIR] [GOOS/GOARCH ...]
#
# Without targets it builds windows, darwin and linux for amd64 and arm64.
# DIR (default dist) receives
#   riskregister-VERSION-GOOS-GOARCH[.exe]   one binary per target
#   SHA256SUMS                               "HASH  NAME" lines (sha256sum -c)
#   RELEASE.txt                              version, catalogue version, Go version
# VERSION is $VERSION, else `git describe --tags --always --dirty`, else "dev";
# it is embedded with -ldflags "-X main.version=…" and printed by
# `riskregister version` together with the requirement catalogue version,
# which is compiled in (riskassess/catalog.Version) and recorded here.
#
# The build is deterministic: CGO_ENABLED=0, -trimpath, -buildvcs=false and
# an empty build id, so the same commit built with the same Go version gives
# byte-identical binaries (and the same SHA256SUMS) on any machine.
set -euo pipefail

cd "$(dirname "$0")/.."

out=dist
if [[ "${1:-}" == "-o" ]]; then
	out="$2"
	shift 2
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
	targets=(windows/amd64 windows/arm64 darwin/amd64 darwin/arm64 linux/amd64 linux/arm64)
fi

version="${VERSION:-}"
if [[ -z "$version" ]]; then
	version="$(git describe --tags --always --dirty 2>/dev/null || echo dev)"
fi
catalogue="$(sed -n 's/^const Version = "\(.*\)"$/\1/p' riskassess/catalog/catalog.go)"
if [[ -z "$catalogue" ]]; then
	echo "release.sh: cannot read the catalogue version from riskassess/catalog/catalog.go" >&2
	exit 1
fi

mkdir -p "$out"
export CGO_ENABLED=0
names=()
for t in "${targets[@]}"; do
	goos="${t%/*}"
	goarch="${t#*/}"
	name="riskregister-${version}-${goos}-${goarch}"
	[[ "$goos" == windows ]] && name+=".exe"
	echo "building $name"
	GOOS="$goos" GOARCH="$goarch" go build -trimpath -buildvcs=false \
		-ldflags "-s -w -buildid= -X main.version=${version}" \
		-o "$out/$name" ./cmd/riskregister
	names+=("$name")
done

(
	cd "$out"
	sha256sum "${names[@]}" >SHA256SUMS
	{
		echo "riskregister ${version}"
		echo "requirement catalogue ${catalogue}"
		go version
		echo "CGO_ENABLED=0 -trimpath -buildvcs=false -ldflags '-s -w -buildid= -X main.version=${version}'"
	} >RELEASE.txt
)
echo "wrote $out/SHA256SUMS:"
cat "$out/SHA256SUMS"
