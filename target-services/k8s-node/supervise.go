package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// supervisor starts the node's programs, each logging to its own file, and reports the
// first one that exits: a node with a dead component is a dead node.
type supervisor struct {
	logDir string
	mu     sync.Mutex
	procs  []*exec.Cmd
	exited chan exit
}

type exit struct {
	name string
	err  error
}

func newSupervisor(logDir string) (*supervisor, error) {
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		return nil, err
	}
	return &supervisor{logDir: logDir, exited: make(chan exit, 16)}, nil
}

// start runs program with args; its output goes to <logDir>/<name>.log.
func (s *supervisor) start(name, program string, args ...string) error {
	logFile, err := os.OpenFile(s.logPath(name), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(program, args...)
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return fmt.Errorf("starting %s: %w", name, err)
	}
	s.mu.Lock()
	s.procs = append(s.procs, cmd)
	s.mu.Unlock()
	go func() {
		err := cmd.Wait()
		logFile.Close()
		s.exited <- exit{name: name, err: err}
	}()
	return nil
}

func (s *supervisor) logPath(name string) string {
	return filepath.Join(s.logDir, name+".log")
}

// tail is the end of a program's log, for the message that says why the node died.
func (s *supervisor) tail(name string, lines int) string {
	data, err := os.ReadFile(s.logPath(name))
	if err != nil {
		return ""
	}
	parts := bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return string(bytes.Join(parts, []byte("\n")))
}

// stop sends SIGTERM to every program, newest first, and SIGKILL to those still running after grace.
func (s *supervisor) stop(grace time.Duration) {
	s.mu.Lock()
	procs := append([]*exec.Cmd(nil), s.procs...)
	s.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		_ = procs[i].Process.Signal(syscall.SIGTERM)
	}
	deadline := time.Now().Add(grace)
	for _, p := range procs {
		for time.Now().Before(deadline) {
			if err := p.Process.Signal(syscall.Signal(0)); err != nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		_ = p.Process.Kill()
	}
}
