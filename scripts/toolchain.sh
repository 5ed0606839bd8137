# Sourced by .ci/run and scripts/hub: makes sure a Node.js >= 22.12 and a Java >= 17 are on PATH,
# and (with "browser") Debian's Chromium for the browser tests. Installs only what is missing.
# shellcheck shell=bash

UTP_NODE_VERSION="${UTP_NODE_VERSION:-24.21.0}"
UTP_TOOLCHAIN_DIR="${UTP_TOOLCHAIN_DIR:-$HOME/.cache/utprovingsbanken}"

utp_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=22)?0:1)' 2>/dev/null
}

utp_java_ok() {
  command -v java >/dev/null 2>&1 || return 1
  local v
  v=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null
}

utp_apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Mangler $*: installer med apt-get (krever root)." >&2
    return 1
  fi
  if [ -z "${UTP_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    UTP_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! utp_node_ok; then
  local_node="$UTP_TOOLCHAIN_DIR/node-$UTP_NODE_VERSION/node_modules/node/bin"
  if [ ! -x "$local_node/node" ]; then
    echo "Henter Node.js $UTP_NODE_VERSION fra npm-registeret ..." >&2
    mkdir -p "$UTP_TOOLCHAIN_DIR/node-$UTP_NODE_VERSION"
    npm install --silent --no-save --no-audit --no-fund --prefix "$UTP_TOOLCHAIN_DIR/node-$UTP_NODE_VERSION" "node@$UTP_NODE_VERSION" >&2
  fi
  export PATH="$local_node:$PATH"
  utp_node_ok || { echo "Fant ingen Node.js >= 22.22" >&2; return 1; }
fi

if ! utp_java_ok; then
  echo "Installerer Java 17 (DynamoDB Local) ..." >&2
  utp_apt_install openjdk-17-jre-headless
fi

if [ "${1:-}" = "browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installerer Chromium (nettlesertester) ..." >&2
  utp_apt_install chromium fonts-dejavu-core
fi
