#!/usr/bin/env bash
# A consistent copy of the SQLite database, taken while the server runs.
# Same database settings as `serve` (ROUNDTABLE_DATABASE_URL, --database-url or --config).
mkdir -p backups
roundtable backup "backups/roundtable-$(date +%F).db" --force
