package safefile

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

func TestLockWaitsForTheHolder(t *testing.T) {
	path := filepath.Join(tempDir(t), "personal.yaml.lock")
	unlock, err := Lock(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Held: a second lock (its own open file, as another process has) fails
	// once the wait is over, naming this process.
	_, err = Lock(path, 50*time.Millisecond)
	var le *LockedError
	if !errors.As(err, &le) || le.PID != strconv.Itoa(os.Getpid()) || le.Path != path {
		t.Fatalf("second lock: %v", err)
	}
	// Released while the second one waits: it gets the lock.
	go func() {
		time.Sleep(100 * time.Millisecond)
		unlock()
	}()
	unlock2, err := Lock(path, 5*time.Second)
	if err != nil {
		t.Fatalf("after the holder let go: %v", err)
	}
	unlock2()
	unlock() // twice: harmless
}

// TestMain doubles as the lock holder of TestLockDiesWithItsProcess: run
// with HUASHU_TEST_HOLD_LOCK=path, the test binary takes the lock, says so
// and waits to be killed.
func TestMain(m *testing.M) {
	if path := os.Getenv("HUASHU_TEST_HOLD_LOCK"); path != "" {
		if _, err := Lock(path, 0); err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A huashu killed while it holds the lock (the agent closed the window, the
// PC crashed) releases it with its process: the next one does not wait out
// a stale lock file.
func TestLockDiesWithItsProcess(t *testing.T) {
	path := filepath.Join(tempDir(t), "sources.lock")
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	holder := exec.Command(exe, "-test.run=^$")
	holder.Env = append(os.Environ(), "HUASHU_TEST_HOLD_LOCK="+path)
	out, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = holder.Process.Kill(); _ = holder.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "locked\n" {
		t.Fatalf("holder said %q (%v)", line, err)
	}
	_, err = Lock(path, 0)
	var le *LockedError
	if !errors.As(err, &le) || le.PID != strconv.Itoa(holder.Process.Pid) {
		t.Fatalf("while the holder lives: %v (holder pid %d)", err, holder.Process.Pid)
	}
	if err := holder.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = holder.Wait()
	start := time.Now()
	unlock, err := Lock(path, 5*time.Second)
	if err != nil {
		t.Fatalf("after the holder died: %v", err)
	}
	unlock()
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("waited %v for a dead holder's lock", waited)
	}
}
