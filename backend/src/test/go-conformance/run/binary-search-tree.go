// Concepts: binary search tree with pointer receivers, insertion, in-order traversal via callback, height, delete, nil receivers
package main

import (
	"fmt"
	"strings"
)

type node struct {
	key         int
	left, right *node
}

type BST struct {
	root *node
	size int
}

func (t *BST) Insert(k int) bool {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node{key: k}
	t.size++
	return true
}

func (n *node) walk(visit func(int)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n.key)
	n.right.walk(visit)
}

func (n *node) height() int {
	if n == nil {
		return 0
	}
	l, r := n.left.height(), n.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func remove(n *node, k int) *node {
	if n == nil {
		return nil
	}
	switch {
	case k < n.key:
		n.left = remove(n.left, k)
	case k > n.key:
		n.right = remove(n.right, k)
	default:
		if n.left == nil {
			return n.right
		}
		if n.right == nil {
			return n.left
		}
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key = m.key
		n.right = remove(n.right, m.key)
	}
	return n
}

func (t *BST) String() string {
	var parts []string
	t.root.walk(func(k int) { parts = append(parts, fmt.Sprint(k)) })
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	t := &BST{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		if !t.Insert(k) {
			fmt.Println("duplicate", k)
		}
	}
	fmt.Println(t, "size", t.size, "height", t.root.height())
	t.root = remove(t.root, 50)
	t.root = remove(t.root, 20)
	fmt.Println(t, "root", t.root.key, "height", t.root.height())
	var empty BST
	fmt.Println(&empty, empty.root.height())
}
