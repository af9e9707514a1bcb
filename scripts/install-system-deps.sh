#!/usr/bin/env bash
# Installs the Debian packages Elasticweb's tests need. Idempotent; run as root.
# CI (.ci/run) and the README's test command both call it, so a fresh machine and
# CI install the same things.
set -euo pipefail

PACKAGES=(
  chromium # Playwright drives Debian's Chromium; never a downloaded browser
  nginx    # libs/nginx checks every rendered config with the real nginx -t
  php8.2-fpm # and serves its behaviour fixtures through real php-fpm (Debian 12's PHP)
  openssl  # self-signed certificates for the TLS configs nginx -t reads
  testssl.sh # checks the TLS a rendered site is served with: protocols, ciphers, known attacks
  # Real software served through its preset, with a real MariaDB database:
  wordpress wordpress-theme-twentytwentythree mediawiki
  php8.2-mysql php8.2-xml php8.2-mbstring php8.2-intl php8.2-cli
  openssh-client # ssh-keygen makes the keys the SSH key tests parse
  mariadb-client # the agent dumps and restores customers' databases with mariadb-dump / mariadb
  python3-psutil # agent/bench compares the /proc scan with psutil's
  pebble # Let's Encrypt's ACME test server and its mock DNS: certificates are issued for real in the tests
  nftables iproute2 # the firewall rule set is checked with nft -c and applied inside a network namespace
  clamav # the antivirus scan runs for real on a fixture (with a signature file of the test's own)
)

if [[ $(id -u) -ne 0 ]]; then
  echo "install-system-deps.sh: run as root (for example: sudo bash scripts/install-system-deps.sh)" >&2
  exit 1
fi

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-system-deps.sh: all present (${PACKAGES[*]})"
  exit 0
fi

echo "install-system-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
