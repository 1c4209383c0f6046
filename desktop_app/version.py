"""The program's version, shown in Settings and written into backups."""

VERSION = "0.1.0"
