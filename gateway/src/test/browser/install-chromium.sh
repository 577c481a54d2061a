#!/usr/bin/env bash
# Installs the Debian Chromium and its WebDriver for the docs portal's browser test, when they are missing.
# The test drives exactly these binaries, so nothing (Selenium Manager included) downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium and chromium-driver are missing; install them as root: apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver
