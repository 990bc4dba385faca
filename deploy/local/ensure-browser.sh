#!/usr/bin/env bash
# Makes sure Debian's Chromium and its ChromeDriver are installed: the dashboard's browser tests
# (scenario/DashboardInTheBrowserIT) and bench/dashboard drive them. Run by .ci/run and by the scenario
# module's build before its integration tests; does nothing when both are on the PATH.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium and ChromeDriver: run as root 'apt-get install chromium chromium-driver'" >&2
  echo "(Debian's packages), or skip the integration tests with -DskipITs." >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests (about 30 s)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium chromedriver
