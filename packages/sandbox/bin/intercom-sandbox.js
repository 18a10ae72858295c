#!/usr/bin/env node
// A committed launcher, so the package manager can link the command before
// `dist/` is built (linking a missing file only warns, and leaves no command).
import "../dist/cli.js";
