package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Git runs the system git. huashu uses the git the team already has (its
// credentials, proxies and SSH keys) instead of a Go reimplementation.
type Git struct {
	Path string   // the git executable
	Env  []string // added to the process environment
	// Detach runs git in a session of its own, without the controlling
	// terminal, so nothing it starts (ssh asking for a passphrase or to
	// trust a host key) can prompt: it fails instead. The picker's
	// background update sets it.
	Detach bool
}

// FindGit locates git on PATH. Without it, the error says what to install.
func FindGit() (*Git, error) {
	p, err := exec.LookPath("git")
	if err != nil {
		return nil, errors.New("找不到 git 命令：团队话术源需要 git，请先安装（https://git-scm.com/downloads）并确认它在 PATH 中")
	}
	return &Git{Path: p}, nil
}

// GitError is a git command that failed: its arguments and the line of its
// output that says why.
type GitError struct {
	Args   []string
	Stderr string
	Err    error
}

func (e *GitError) Error() string {
	return fmt.Sprintf("git %s: %s", e.Args[0], e.Reason())
}

func (e *GitError) Unwrap() error { return e.Err }

// Reason is git's own explanation, one line: the first "fatal:" or "error:"
// line, else the last non-empty line, else the exit status.
func (e *GitError) Reason() string {
	var last string
	for _, l := range strings.Split(e.Stderr, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "fatal:") || strings.HasPrefix(l, "error:") {
			return l
		}
		last = l
	}
	if last != "" {
		return last
	}
	return e.Err.Error()
}

// allowedProtocols are the transports git may use for huashu
// (GIT_ALLOW_PROTOCOL): the URL forms checkURL accepts.
const allowedProtocols = "https:http:ssh:git:file"

// run runs git in dir and returns its standard output without the trailing
// newline. Prompts are off: a clone that needs a password fails with git's
// message instead of hanging an agent's terminal.
func (g *Git) run(ctx context.Context, dir string, args ...string) (string, error) {
	out, err := g.output(ctx, dir, args...)
	return strings.TrimRight(string(out), "\n"), err
}

func (g *Git) output(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, g.Path, args...)
	cmd.Dir = dir
	// Only the transports huashu accepts, also where git would follow one
	// on its own (a submodule, a redirect): never ext:: or fd::.
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GCM_INTERACTIVE=never", "GIT_ALLOW_PROTOCOL="+allowedProtocols)
	cmd.Env = append(cmd.Env, g.Env...)
	if g.Detach {
		cmd.Env = append(cmd.Env, "SSH_ASKPASS_REQUIRE=never")
		detach(cmd)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, &GitError{Args: args, Stderr: stderr.String(), Err: err}
	}
	return stdout.Bytes(), nil
}

// ok runs a git command whose exit status is the answer (merge-base
// --is-ancestor): true on 0, false on 1, an error otherwise.
func (g *Git) ok(ctx context.Context, dir string, args ...string) (bool, error) {
	_, err := g.output(ctx, dir, args...)
	if err == nil {
		return true, nil
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 1 {
		return false, nil
	}
	return false, err
}
