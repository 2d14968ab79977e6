package main

import (
	"context"
	"flag"
	"os"
	"os/signal"
	"syscall"

	"plansite/generator/serve"
)

// serveCmd previews the site with live reload until Ctrl+C.
func serveCmd(args []string) error {
	fl := flag.NewFlagSet("serve", flag.ExitOnError)
	root := fl.String("root", ".", "project directory (seeds/, content/, templates/)")
	addr := fl.String("addr", "127.0.0.1:1313", "address to listen on; keep it on loopback unless others must see the preview")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve.Run(ctx, serve.Options{Root: *root, Addr: *addr})
}
