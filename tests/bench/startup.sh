#!/bin/sh
# make bench: what linking the PDF renderer may not cost (issue 10).
# gangguan must not load pango or cairo (they are gangguan-pdf's), and
# `gangguan list` on 10,000 incidents is measured beside the sqlite3 shell
# running its query on the same file, alternately, as a ratio (a loaded
# machine slows both alike); the TUI's first screen on the same file, in a
# pseudo-terminal, until its status line is drawn, beside a shell printing
# that line in the same pseudo-terminal.  Exits non-zero when gangguan links a
# rendering library.  Results: tests/bench/results.md.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${GANGGUAN:-$top/gangguan}   # make bench: build/opt/gangguan
cfg=$top/data/gangguan.ini
export GANGGUAN_DATADIR=$top/data
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gangguan-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
if ldd "$bin" | grep -Eq 'libpango|libcairo|libharfbuzz|libfontconfig'; then
	echo "FAIL: gangguan links a rendering library:"; ldd "$bin" | grep -E 'pango|cairo|harfbuzz|fontconfig'
	exit 1
fi
echo "ok: gangguan loads $(ldd "$bin" | wc -l) shared objects, no rendering library; gangguan-pdf $(ldd "$(dirname "$bin")/gangguan-pdf" | wc -l)"
db=$tmp/b.db
"$bin" -c "$cfg" -d "$db" init >/dev/null
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 10000)
 INSERT INTO incident(state, summary, cause, impact, reporter, channel, started_at, restored_at, created_at)
 SELECT 'restored', 'gangguan uji ' || i, 'listrik', '', 'op', 'telepon', 1700000000 + i*3600,
 1700000000 + i*3600 + 1800, 1700000000 FROM n;"
python3 - "$bin" "$cfg" "$db" "$tmp" <<'PY'
import os, pty, select, subprocess, sys, time, statistics
b, cfg, db, tmp = sys.argv[1:5]
env = dict(os.environ, TERM='xterm-256color', LANG='C.UTF-8', LC_ALL='C.UTF-8',
           LINES='24', COLUMNS='80', XDG_STATE_HOME=tmp + '/state')
MARK = b'bantuan'   # the status line, the last thing the first screen draws
def first_screen(argv):
    t = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    buf = b''
    while MARK not in buf:
        if not select.select([fd], [], [], 20)[0]:
            os.kill(pid, 9); raise SystemExit("FAIL: no first screen from %s: %r" % (argv[0], buf[-200:]))
        try: chunk = os.read(fd, 65536)
        except OSError: chunk = b''
        if not chunk:
            raise SystemExit("FAIL: %s ended before its first screen: %r" % (argv[0], buf[-200:]))
        buf += chunk
    dt = time.perf_counter() - t
    os.write(fd, b'q\n')
    while select.select([fd], [], [], 20)[0]:
        try:
            if not os.read(fd, 65536): break
        except OSError: break
    os.waitpid(pid, 0); os.close(fd)
    return dt
def run(cmd):
    t = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True); return time.perf_counter() - t
g, q, v, s, f = [], [], [], [], []
for _ in range(15):
    s.append(first_screen([b, '-c', cfg, '-d', db]))
    f.append(first_screen(['sh', '-c', 'printf "F1 atau ? : bantuan"; read x']))
    g.append(run([b, '-c', cfg, '-d', db, 'list', '--format', 'tsv']))
    q.append(run(['sqlite3', '-readonly', db, 'SELECT * FROM incident ORDER BY started_at, id']))
    v.append(run([b, '--version']))
m = statistics.median
print("gangguan list (10,000): median %.1f ms (min %.1f, max %.1f)" % (m(g)*1e3, min(g)*1e3, max(g)*1e3))
print("sqlite3 shell, same rows: median %.1f ms; ratio %.2f" % (m(q)*1e3, m(g)/m(q)))
print("gangguan --version (start-up): median %.1f ms" % (m(v)*1e3))
print("TUI first screen (10,000): median %.1f ms (min %.1f, max %.1f)" % (m(s)*1e3, min(s)*1e3, max(s)*1e3))
print("sh printing a status line, same pty: median %.1f ms; ratio %.2f" % (m(f)*1e3, m(s)/m(f)))
PY
