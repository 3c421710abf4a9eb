#!/usr/bin/env bash
# Remakes the README's screenshots from the real window: runs the window's TestFX tests
# (JavaFX's headless platform, no display needed), which save PNGs under target/screenshots,
# and copies them here.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
mvn -B test -Dtest=HeapLabAppTest,ScenarioWalkthroughTest,DiagramPaneTest,HistoryWindowTest,RunOnSourceWindowTest
for f in main-window.png heap-map.png defer-queue-errdefer.png allocator-chain-arena.png error-card-double-free.png time-travel.png walkthrough-predict.png walkthrough-task.png scenario-browser.png \
         diagram-linked-list.png diagram-dangling.png diagram-orphan.png history-origin-dark.png run-on-source-light.png; do
    cp "target/screenshots/$f" "$here/$f"
done
echo "screenshots updated in $here"
