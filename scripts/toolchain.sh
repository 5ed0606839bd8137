# Sourced by .ci/run and scripts/hub: makes sure a Node.js >= 22.12 and a Java >= 17 are on PATH, AWS's
# CloudFormation linter (cfn-lint, for the template check in test/infra/cfn-lint.test.ts) is in its own Python
# virtual environment, and (with "browser") Debian's Chromium for the browser tests. Installs only what is missing.
# shellcheck shell=bash

UTP_NODE_VERSION="${UTP_NODE_VERSION:-24.21.0}"
UTP_TOOLCHAIN_DIR="${UTP_TOOLCHAIN_DIR:-$HOME/.cache/utprovingsbanken}"
# infra/cfn-lint.ts finds the linter by this version (UTP_CFN_LINT_VERSION overrides it there too).
UTP_CFN_LINT_VERSION="${UTP_CFN_LINT_VERSION:-1.51.0}"

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

# The tests drive Chromium's headless build (chromium-headless-shell); the bench's Lighthouse runs the full browser.
if [ "${1:-}" = "browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromium-headless-shell ]; }; then
  echo "Installerer Chromium (nettlesertester) ..." >&2
  utp_apt_install chromium chromium-headless-shell fonts-dejavu-core
fi

# cfn-lint in a virtual environment of its own under the toolchain folder, at the pinned version. The environment
# sees the interpreter's own packages, so an interpreter that already has exactly this version lends it and nothing
# is downloaded; otherwise pip installs it from PyPI into the environment. Nothing is installed outside it.
utp_cfn_lint_dir="$UTP_TOOLCHAIN_DIR/cfn-lint-$UTP_CFN_LINT_VERSION"
if [ ! -x "$utp_cfn_lint_dir/bin/cfn-lint" ]; then
  echo "Installerer cfn-lint $UTP_CFN_LINT_VERSION i $utp_cfn_lint_dir ..." >&2
  command -v python3 >/dev/null 2>&1 || utp_apt_install python3
  rm -rf "$utp_cfn_lint_dir"
  # Debian's own python3 makes virtual environments only with python3-venv.
  if ! python3 -m venv --system-site-packages "$utp_cfn_lint_dir" >/dev/null 2>&1; then
    rm -rf "$utp_cfn_lint_dir"
    utp_apt_install python3-venv
    python3 -m venv --system-site-packages "$utp_cfn_lint_dir" >&2
  fi
  "$utp_cfn_lint_dir/bin/python" -m pip install --disable-pip-version-check --no-input -q "cfn-lint==$UTP_CFN_LINT_VERSION" >&2 || {
    rm -rf "$utp_cfn_lint_dir"
    echo "Kunne ikke installere cfn-lint $UTP_CFN_LINT_VERSION med pip" >&2
    return 1
  }
  # pip writes the command only when it installs the package itself, not when the interpreter lends it.
  if [ ! -x "$utp_cfn_lint_dir/bin/cfn-lint" ]; then
    printf '#!%s\nimport sys\nfrom cfnlint.runner import main\nsys.exit(main())\n' "$utp_cfn_lint_dir/bin/python" >"$utp_cfn_lint_dir/bin/cfn-lint"
    chmod +x "$utp_cfn_lint_dir/bin/cfn-lint"
  fi
  if [ "$("$utp_cfn_lint_dir/bin/cfn-lint" --version 2>&1)" != "cfn-lint $UTP_CFN_LINT_VERSION" ]; then
    rm -rf "$utp_cfn_lint_dir"
    echo "cfn-lint i det virtuelle miljøet er ikke versjon $UTP_CFN_LINT_VERSION" >&2
    return 1
  fi
fi
unset utp_cfn_lint_dir
