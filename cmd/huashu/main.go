// Command huashu is a quick-reply picker for e-commerce customer service.
package main

import (
	"os"

	"github.com/huashu-cli/huashu/internal/quietinit"
	"github.com/huashu-cli/huashu/pkg/cli"
)

func main() {
	quietinit.Restore() // its init kept Bubble Tea's from querying the terminal
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
