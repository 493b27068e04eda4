"""JupyterHub for a class using SmeNotebooks: one server and one C# kernel per student, on one machine.

Started by `deploy/jupyterhub/start` (which prepares what this file points to); read deploy/jupyterhub/README.md.
Each student gets their own copy of the notebooks (the student edition, both languages; data and library shared
read-only), a private temporary folder, a memory limit for their server and kernels together, and idle kernels and
servers are shut down. Written for Debian's jupyterhub 3.0 package and notebook 6 single-user servers.
"""
import os
import pwd
import re
import shutil
from pathlib import Path

from jupyterhub.spawner import LocalProcessSpawner, SimpleLocalProcessSpawner

c = get_config()  # noqa: F821 (JupyterHub defines it)

# How students log in — this one line chooses:
#   "trial": any name with one shared password (SMENOTEBOOKS_HUB_PASSWORD), the hub on 127.0.0.1 only, every server
#            run as the hub's own user: for trying the hub on one machine, never for a class on a network.
#   "pam":   the machine's accounts (one Unix account a student); each server and kernel runs as its student, and the
#            hub listens on every interface (put it behind HTTPS, see the README).
AUTHENTICATION = os.environ.get("SMENOTEBOOKS_HUB_AUTH", "trial")

HERE = Path(__file__).resolve().parent
COLLECTION = HERE.parent.parent
STATE = Path(os.environ.get("SMENOTEBOOKS_HUB_STATE", HERE / "state")).resolve()
PORT = int(os.environ.get("SMENOTEBOOKS_HUB_PORT", "8000"))
# Memory for a student's server and kernels together (a kernel after notebook 01 uses ~0.4 GB; .NET sets a kernel's
# heap limit to 75% of its group's, so a runaway cell ends in an OutOfMemoryException, not a killed kernel).
MEMORY = os.environ.get("SMENOTEBOOKS_HUB_MEMORY", "1G")
STUDENT_NICENESS = 5             # students' servers and kernels run at a lower priority than the hub and its proxy
IDLE_KERNEL_SECONDS = 30 * 60   # a kernel idle this long is shut down (its notebook stays, its variables go)
IDLE_SERVER_SECONDS = 60 * 60   # a server with no activity this long stops (the student's files stay)

if AUTHENTICATION not in ("trial", "pam"):
    raise SystemExit(f"SMENOTEBOOKS_HUB_AUTH must be trial or pam, not {AUTHENTICATION!r}")

HUB_FILES = STATE / "hub"                    # the hub's database, cookie secret, proxy pid: the hub's user only
JUPYTER_PATH = STATE / "share" / "jupyter"    # the kernelspecs (start installs them)
STUDENT_NOTEBOOKS = STATE / "notebooks"       # the student edition every copy starts from (start writes it)
HUB_FILES.mkdir(parents=True, exist_ok=True)
HUB_FILES.chmod(0o700)

c.JupyterHub.db_url = f"sqlite:///{HUB_FILES / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(HUB_FILES / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(HUB_FILES / "proxy.pid")
# Debian's configurable-http-proxy package is broken ("Cannot find module 'commander'"); npm's (start installs it) works.
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules" / ".bin" / "configurable-http-proxy")]
c.JupyterHub.bind_url = f"http://{'127.0.0.1' if AUTHENTICATION == 'trial' else '0.0.0.0'}:{PORT}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.cleanup_servers = True

# Names become folder and group names: letters, digits, '.', '_' and '-' only.
c.Authenticator.username_pattern = r"^[a-z0-9][a-z0-9._-]{0,31}$"
c.Authenticator.admin_users = set(filter(None, os.environ.get("SMENOTEBOOKS_HUB_ADMINS", "teacher").split(",")))
if AUTHENTICATION == "trial":
    c.JupyterHub.authenticator_class = "dummy"
    password = os.environ.get("SMENOTEBOOKS_HUB_PASSWORD", "")
    if len(password) < 8:
        raise SystemExit("SMENOTEBOOKS_HUB_PASSWORD must hold the trial's shared password (8 characters or more); start sets one")
    c.DummyAuthenticator.password = password
else:
    c.JupyterHub.authenticator_class = "pam"


def _bytes(size):
    """'1G', '512M' or a number of bytes, as bytes."""
    match = re.fullmatch(r"(\d+)([KMG]?)", size.strip().upper())
    if not match:
        raise SystemExit(f"SMENOTEBOOKS_HUB_MEMORY must be a size such as 1G or 800M, not {size!r}")
    return int(match[1]) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match[2]]


def _memory_group(name):
    """A memory control group for one student, holding their server and everything it starts (cgroup v2, else v1),
    or None when this machine does not let the hub create one (then only each kernel's own heap limit applies)."""
    candidates = []
    if (Path("/sys/fs/cgroup") / "cgroup.controllers").exists():
        candidates.append((Path("/sys/fs/cgroup"), "memory.max", True))
    candidates.append((Path("/sys/fs/cgroup/memory"), "memory.limit_in_bytes", False))
    for base, limit_file, unified in candidates:
        if not base.is_dir():
            continue
        group = base / "smenotebooks" / name
        try:
            if unified:
                (base / "cgroup.subtree_control").write_text("+memory")
                (base / "smenotebooks").mkdir(exist_ok=True)
                (base / "smenotebooks" / "cgroup.subtree_control").write_text("+memory")
            group.mkdir(parents=True, exist_ok=True)
            (group / limit_file).write_text(str(_bytes(MEMORY)))
            return group
        except OSError:
            continue
    return None


class ClassSpawner(SimpleLocalProcessSpawner if AUTHENTICATION == "trial" else LocalProcessSpawner):
    """A student's notebook server: started in their own copy of the collection's notebooks, with a private temporary
    folder, inside their memory group, finding the collection's kernelspecs."""

    def _home(self):
        return Path(self.home_dir) if AUTHENTICATION == "trial" else Path(pwd.getpwnam(self.user.name).pw_dir)

    def _prepare_copy(self):
        """~/smenotebooks: notebooks/ copied from the student edition (never over a student's own file), data/ and lib/
        the collection's, read-only links; ~/.smenotebooks-tmp private."""
        home = self._home()
        copy = home / "smenotebooks"
        notebooks = copy / "notebooks"
        notebooks.mkdir(parents=True, exist_ok=True)
        for source in sorted(STUDENT_NOTEBOOKS.glob("*.ipynb")):
            target = notebooks / source.name
            if not target.exists():
                shutil.copyfile(source, target)
        for shared in ("data", "lib"):
            link = copy / shared
            if not link.is_symlink():
                link.symlink_to(COLLECTION / shared, target_is_directory=True)
        temp = home / ".smenotebooks-tmp"
        temp.mkdir(exist_ok=True)
        temp.chmod(0o700)
        if AUTHENTICATION == "pam":
            account = pwd.getpwnam(self.user.name)
            for path in [home, copy, notebooks, temp, *notebooks.iterdir()]:
                os.lchown(path, account.pw_uid, account.pw_gid)
            for shared in ("data", "lib"):
                os.lchown(copy / shared, account.pw_uid, account.pw_gid)
        return copy, temp

    async def start(self):
        copy, temp = self._prepare_copy()
        self.notebook_dir = str(copy)
        self.default_url = "/tree/notebooks"
        self._temp = temp
        self._group = _memory_group(self.user.name)
        if self._group is None:
            self.log.warning("no memory group for %s: only each kernel's heap limit applies", self.user.name)
        return await super().start()

    def get_env(self):
        env = super().get_env()
        env["TMPDIR"] = str(self._temp)
        env["JUPYTER_PATH"] = str(JUPYTER_PATH)
        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
        return env

    def make_preexec_fn(self, name):
        then = super().make_preexec_fn(name)
        group = self._group

        def preexec():
            # Join the student's memory group before becoming the student (the kernels it starts stay in it), and
            # yield the processor to the hub, so that logging in and the hub's pages stay quick while a class computes.
            if group is not None:
                (group / "cgroup.procs").write_text(str(os.getpid()))
            os.nice(STUDENT_NICENESS)
            then()

        return preexec


c.JupyterHub.spawner_class = ClassSpawner
c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "students" / "{username}")   # trial: homes under the state folder
c.Spawner.args = [
    f"--MappingKernelManager.cull_idle_timeout={IDLE_KERNEL_SECONDS}",
    "--MappingKernelManager.cull_interval=60",
    f"--NotebookApp.shutdown_no_activity_timeout={IDLE_SERVER_SECONDS}",
    # Each server chooses its kernels' ports as free, and thirty servers choosing at once may choose the same one: the
    # kernel that binds second cannot start. By default a restart reuses the ports chosen first (cached per kernel),
    # so it failed five times over (seen in the load test); uncached, a restart chooses new ones.
    "--KernelManager.cache_ports=False",
] + (["--allow-root"] if os.geteuid() == 0 and AUTHENTICATION == "trial" else [])
# Thirty students may log in within the same minute on two cores.
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
c.JupyterHub.concurrent_spawn_limit = 100
