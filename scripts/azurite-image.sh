#!/usr/bin/env bash
# Makes the Azurite image of the tests' container path (AzuriteHost.ContainerImage) available to the
# Docker engine that `docker` talks to (DOCKER_HOST), building it from the pinned npm Azurite when
# the engine lacks it: CI reaches no image registry. The image is a root filesystem holding
# /usr/bin/node, /usr/bin/env, the libraries `ldd` lists for them and Azurite's run-time
# node_modules, imported with `docker import` and tagged with the official reference the code
# uses, so that on a developer's machine the same code pulls the official image instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
version="$(node -p "require('./package-lock.json').packages['node_modules/azurite'].version")"
image="mcr.microsoft.com/azure-storage/azurite:$version"
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "Azurite image $image: already present"
  exit 0
fi
"$root/scripts/tools.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
# System files, dereferenced (Debian's /lib is a link into /usr/lib; the image keeps both paths).
system=(/usr/bin/node /usr/bin/env)
for binary in /usr/bin/node /usr/bin/env; do
  system+=($(ldd "$binary" | grep -o '/[^ ]*' | sort -u))
done
tar -C / -chf "$work/rootfs.tar" $(printf '%s\n' "${system[@]}" | sed 's,^/,,' | sort -u)
# Azurite and exactly the packages it loads at run time, as Node resolves them, under /opt/azurite.
node scripts/npm-closure.js . azurite | sed 's,$,/,' > "$work/packages"
tar -C "$root" -rf "$work/rootfs.tar" --no-recursion --files-from=<(
  while read -r folder; do find "$folder" -path "$folder"node_modules -prune -o -print; done < "$work/packages") \
  --transform 's,^node_modules,opt/azurite/node_modules,'
mkdir -p "$work/stage/usr/local/bin" "$work/stage/tmp"
chmod 1777 "$work/stage/tmp"
ln -s /opt/azurite/node_modules/azurite/dist/src/azurite.js "$work/stage/usr/local/bin/azurite"
tar -C "$work/stage" -rf "$work/rootfs.tar" usr/local/bin/azurite tmp
docker import \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
  --change 'WORKDIR /opt/azurite' \
  --change 'EXPOSE 10000 10001 10002' \
  --change "LABEL org.opencontainers.image.description=\"npm azurite $version, built locally by scripts/azurite-image.sh\"" \
  --change 'CMD ["azurite", "--skipApiVersionCheck", "--inMemoryPersistence", "--blobHost", "0.0.0.0", "--queueHost", "0.0.0.0", "--tableHost", "0.0.0.0"]' \
  "$work/rootfs.tar" "$image" >/dev/null
echo "Azurite image $image: built from npm azurite $version in $((SECONDS - started)) s ($(du -m "$work/rootfs.tar" | cut -f1) MB)"
