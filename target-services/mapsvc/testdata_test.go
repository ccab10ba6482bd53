package main

import (
	"fmt"
	"strings"
)

// genObject builds a JSON object with n distinct top-level keys and a mix of
// value kinds, like the payload of the original incident (~1,200 keys).
func genObject(n int) []byte {
	var sb strings.Builder
	sb.WriteByte('{')
	for i := 0; i < n; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, `"field_%04d":`, i)
		switch i % 5 {
		case 0:
			fmt.Fprintf(&sb, "%d", i*7)
		case 1:
			fmt.Fprintf(&sb, `"value-%d"`, i)
		case 2:
			sb.WriteString("true")
		case 3:
			sb.WriteString("null")
		case 4:
			fmt.Fprintf(&sb, "%d.5", i)
		}
	}
	sb.WriteByte('}')
	return []byte(sb.String())
}
