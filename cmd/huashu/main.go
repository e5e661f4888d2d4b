// Command huashu is a quick-reply picker for e-commerce customer service.
package main

import (
	"os"
	"runtime/debug"

	"github.com/huashu-cli/huashu/internal/quietinit"
	"github.com/huashu-cli/huashu/pkg/cli"
)

// memoryLimit is the heap huashu lets the collector grow to before it
// works harder than GOGC asks (runtime/debug.SetMemoryLimit). Serving
// from the index needs a few MiB; a cold build of 100k phrases holds about
// 160 MiB live, which GOGC=100 alone lets grow to twice that. Building a
// larger index raises it for the build (pkg/index), so the limit never
// makes the collector thrash (docs/performance.md).
const memoryLimit = 256 << 20

func main() {
	quietinit.Restore() // its init kept Bubble Tea's from querying the terminal
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
