#!/usr/bin/env bash
# Holds the servers of Tolk's build to one definition of its headers
# (tools/headers.mjs): the dev server (tools/serve.mjs, and its --bare
# mode), and nginx and Apache httpd with the shipped configurations
# (deploy/nginx/tolk.conf, deploy/apache/tolk.conf) changed only in their
# SITE placeholders. IIS's web.config cannot run here: it is only read for
# the same values (check-configs.mjs). Each server runs as this user (its
# workers as www-data when that is root) on a free loopback port, with its
# pid, logs and temporary files in one temporary directory, and is stopped
# at the end. nginx and Apache get the header check (check-headers.mjs) and
# the Playwright smoke test (smoke.spec.mjs).
#
#   tests/deploy/run.sh [dist-dir]     # default: $TOLK_DIST, else dist/
#
# nginx and apache2 must be installed (tools/setup.sh test): a missing one
# fails the run, it is not skipped. KEEP=1 keeps the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export PATH="$root/node_modules/.bin:$PATH:/usr/sbin:/sbin"

dist_arg=${1:-${TOLK_DIST:-dist}}
[ -f "$dist_arg/index.html" ] || { echo "deploy: $dist_arg/index.html is missing: build the app first (make build)" >&2; exit 1; }
dist=$(cd "$dist_arg" && pwd)

say() { printf '[deploy] %s\n' "$*"; }
die() { printf '[deploy] FAIL: %s\n' "$*" >&2; exit 1; }

nginx_bin=$(command -v nginx || true)
apache_bin=$(command -v apache2 || command -v httpd || true)
[ -n "$nginx_bin" ] || die "nginx is not installed (tools/setup.sh test installs it)"
[ -n "$apache_bin" ] || die "Apache httpd (apache2) is not installed (tools/setup.sh test installs it)"
command -v playwright >/dev/null || die "Playwright is not installed in node_modules (tools/setup.sh test installs it)"
apache_modules=
for d in /usr/lib/apache2/modules /usr/lib64/httpd/modules /usr/lib/httpd/modules; do
  [ -f "$d/mod_headers.so" ] && { apache_modules=$d; break; }
done
[ -n "$apache_modules" ] || die "Apache's modules (mod_headers.so) are not found"

work=$(mktemp -d "${TMPDIR:-/tmp}/tolk-deploy.XXXXXX")
# Readable by the servers' workers, which drop to www-data when run as root.
chmod 755 "$work"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${KEEP:-}" ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT INT TERM

# A copy of the build that the servers' workers may read wherever the
# checkout lives (a home directory is often closed to www-data).
www=$work/www
cp -R "$dist/." "$www"
chmod -R a+rX "$www"

# Who the workers run as: as root, an unprivileged account; else this user.
run_user=
if [ "$(id -u)" = 0 ]; then
  for u in www-data nobody; do id "$u" >/dev/null 2>&1 && { run_user=$u; break; }; done
fi
run_group=${run_user:+$(id -gn "$run_user")}

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Waits until `url` answers; fails with the log if the server died first.
wait_up() {
  local url=$1 pid=$2 log=$3
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2 || true; die "the server for $url exited"; }
    node -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "$url" && return 0
    sleep 0.1
  done
  cat "$log" >&2 || true
  die "$url did not answer"
}

# Replaces each placeholder, failing unless it is there exactly once, and
# checks the result differs from the shipped file in those lines only.
render() {
  local src=$1 out=$2
  shift 2
  cp "$src" "$out"
  while [ $# -gt 0 ]; do
    local from=$1 to=$2
    shift 2
    local n
    n=$(grep -cF -- "$from" "$out" || true)
    [ "$n" = 1 ] || die "$src: the placeholder '$from' is there $n times, expected once"
    FROM=$from TO=$to node -e '
      const fs = require("node:fs"), f = process.argv[1];
      fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(process.env.FROM, () => process.env.TO));
    ' "$out"
  done
}

results=()
failed=0
step() {
  local name=$1
  shift
  local t0=$SECONDS
  say "== $name"
  if "$@"; then
    results+=("ok    $name ($((SECONDS - t0)) s)")
  else
    results+=("FAIL  $name ($((SECONDS - t0)) s)")
    failed=$((failed + 1))
  fi
}
check() { node tests/deploy/check-headers.mjs "$@"; }
# Playwright from node_modules (not npx, which may ask the registry).
smoke() { TOLK_BASE_URL=$1 playwright test --config tests/deploy/playwright.config.mjs --reporter=list; }

# --- the three shipped configurations name this build's header values
step "configurations: this build's headers" node tests/deploy/check-configs.mjs "$dist"

# --- the dev server, as make serve and the end-to-end tests run it
port=$(free_port)
node tools/serve.mjs --dir "$www" --port "$port" >"$work/serve.log" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$port/" "$!" "$work/serve.log"
step "serve.mjs: headers" check "http://127.0.0.1:$port/" "$dist"
port=$(free_port)
node tools/serve.mjs --dir "$www" --port "$port" --bare >"$work/serve-bare.log" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$port/" "$!" "$work/serve-bare.log"
step "serve.mjs --bare: no security headers" check "http://127.0.0.1:$port/" "$dist" --bare

# --- nginx, with deploy/nginx/tolk.conf in an http {} like Debian's nginx.conf
n=$work/nginx
mkdir -p "$n/tmp"
port=$(free_port)
render deploy/nginx/tolk.conf "$n/tolk.conf" \
  "listen 80;" "listen 127.0.0.1:$port;" \
  "server_name tolk.example.org;" "server_name 127.0.0.1;" \
  "root /var/www/tolk;" "root $www;"
cat >"$n/nginx.conf" <<EOF
${run_user:+user $run_user $run_group;}
worker_processes 1;
pid $n/nginx.pid;
error_log $n/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    gzip on;
    access_log $n/access.log;
    client_body_temp_path $n/tmp/body;
    proxy_temp_path $n/tmp/proxy;
    fastcgi_temp_path $n/tmp/fastcgi;
    uwsgi_temp_path $n/tmp/uwsgi;
    scgi_temp_path $n/tmp/scgi;
    include $n/tolk.conf;
}
EOF
# A warning counts: the shipped file is meant to load cleanly.
if ! out=$("$nginx_bin" -t -p "$n" -c "$n/nginx.conf" -e "$n/error.log" 2>&1) || grep -q '\[warn\]' <<<"$out"; then
  echo "$out" >&2
  die "nginx rejects the configuration, or warns about it"
fi
"$nginx_bin" -p "$n" -c "$n/nginx.conf" -e "$n/error.log" -g "daemon off;" 2>>"$n/error.log" &
pids+=($!)
wait_up "http://127.0.0.1:$port/" "$!" "$n/error.log"
say "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///') on http://127.0.0.1:$port/"
step "nginx: headers" check "http://127.0.0.1:$port/" "$dist"
step "nginx: Playwright smoke" smoke "http://127.0.0.1:$port/"

# --- Apache httpd, with deploy/apache/tolk.conf in a server config like Debian's
a=$work/apache
mkdir -p "$a/run"
port=$(free_port)
render deploy/apache/tolk.conf "$a/tolk.conf" \
  "<VirtualHost *:80>" "<VirtualHost 127.0.0.1:$port>" \
  "ServerName tolk.example.org" "ServerName 127.0.0.1" \
  'DocumentRoot "/var/www/tolk"' "DocumentRoot \"$www\"" \
  '<Directory "/var/www/tolk">' "<Directory \"$www\">"
load() { [ -f "$apache_modules/mod_$1.so" ] && echo "LoadModule ${1}_module $apache_modules/mod_$1.so"; true; }
{
  echo "ServerRoot $a"
  echo "DefaultRuntimeDir $a/run"
  echo "PidFile $a/httpd.pid"
  echo "ErrorLog $a/error.log"
  echo "LogLevel warn"
  echo "Listen 127.0.0.1:$port"
  echo "ServerName 127.0.0.1"
  for m in mpm_event unixd log_config authz_core mime dir alias autoindex negotiation headers allowmethods deflate filter; do load "$m"; done
  [ -n "$run_user" ] && printf 'User %s\nGroup %s\n' "$run_user" "$run_group"
  echo 'LogFormat "%h %l %u %t \"%r\" %>s %b" common'
  echo "CustomLog $a/access.log common"
  # Debian's defaults: its mime.conf (.gz as application/x-gzip, .vcf as
  # text/vcard through /etc/mime.types), deflate.conf, and / denied.
  if [ -f /etc/apache2/mods-available/mime.conf ]; then echo "Include /etc/apache2/mods-available/mime.conf"; else echo "TypesConfig /etc/mime.types"; fi
  [ -f /etc/apache2/mods-available/deflate.conf ] && echo "Include /etc/apache2/mods-available/deflate.conf"
  printf '<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n'
  # Debian's <Directory /var/www/>, which the site's directory is under:
  # listings on, which tolk.conf must turn off.
  printf '<Directory "%s">\n    Options Indexes FollowSymLinks\n    Require all granted\n</Directory>\n' "$work"
  echo "Include $a/tolk.conf"
} >"$a/httpd.conf"
if ! out=$("$apache_bin" -t -f "$a/httpd.conf" 2>&1) || grep -q 'AH[0-9]' <<<"$out"; then
  echo "$out" >&2
  die "Apache rejects the configuration, or warns about it"
fi
"$apache_bin" -f "$a/httpd.conf" -DFOREGROUND 2>>"$a/error.log" &
pids+=($!)
wait_up "http://127.0.0.1:$port/" "$!" "$a/error.log"
say "$("$apache_bin" -v | head -n 1 | sed 's/^Server version: //') on http://127.0.0.1:$port/"
step "Apache: headers" check "http://127.0.0.1:$port/" "$dist"
step "Apache: Playwright smoke" smoke "http://127.0.0.1:$port/"

say "== summary ($SECONDS s)"
printf '%s\n' "${results[@]}"
if [ "$failed" -gt 0 ]; then
  say "$failed step(s) failed; the servers' logs: rerun with KEEP=1 and read $work/{nginx,apache}/error.log"
  exit 1
fi
say "all ${#results[@]} steps passed"
