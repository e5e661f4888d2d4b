package index

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"testing"
	"testing/fstest"

	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
)

// goldenHash is, per FormatVersion, the hash of the sections a fixed
// library encodes to. When it fails, the bytes an index holds changed (the
// format, the parser's output or the matcher's data): bump FormatVersion,
// so installed huashu rebuild their indexes instead of misreading them,
// and record the new hash here.
var goldenHash = map[int]string{
	1: "50bfad16cf6c8e3609b51d10ca551b6beef18c2f5365c60e716afcd0f71feed8",
	// 2: 呗 is no particle (花呗): the approximate filters of a phrase holding it changed.
	2: "50bfad16cf6c8e3609b51d10ca551b6beef18c2f5365c60e716afcd0f71feed8",
	// 3: the fast scanner leaves a flow value starting with ':' ({m: :0})
	// to yaml.v3, which rejects it: a pack holding one no longer loads as
	// it did (b6d6af7 changed what the loader parses without a bump).
	// This library's bytes did not change.
	3: "50bfad16cf6c8e3609b51d10ca551b6beef18c2f5365c60e716afcd0f71feed8",
}

func TestFormatGolden(t *testing.T) {
	if runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64" {
		t.Skip("the hash is of a 64-bit little-endian layout")
	}
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte("pack: 甲\nplatforms: [jd]\ngroups: [售后]\nvars:\n  店铺: 小店\nphrases:\n" +
			"  - {code: tk, title: 退款, group: 售后/退款, tags: [退款], keywords: [tuikuan], ask: [怎么退款], text: 退款原路返回 ID 7天}\n" +
			"  - {code: fh, title: 发货, parts: [现货48小时内发出, 预售以页面为准], valid: {from: 2026-06-01, until: 2026-06-30}}\n" +
			"  - code: yf\n    title: 运费险\n    text: |\n      理赔\n    platform:\n      tmall: 理赔款打到支付宝\n" +
			"  - {code: tk, title: 重复, text: x}\n")},
		"b.yaml": {Data: []byte("pack: 乙\nphrases:\n  - {code: fh, title: 发货时间, text: 覆盖不了同层}\n  - {code: bad, titel: 坏}\n")},
	}
	sources := []pack.Source{{Name: "embedded", Layer: phrase.LayerEmbedded, Path: ".", FS: fsys}}
	var loads []fileLoad
	set := pack.LoadFiles(sources, func(src pack.Source, f pack.File, found bool) (*phrase.Pack, pack.ErrorList) {
		p, errs := pack.LoadFile(src, f, pack.ParseLean, found)
		loads = append(loads, fileLoad{src: 0, name: f.Name, real: f.Real, found: found, pack: p, errs: errs})
		return p, errs
	})
	h := sha256.New()
	for _, s := range encode(sources, loads, set, false) {
		for _, p := range s.parts {
			h.Write(p)
		}
	}
	got := hex.EncodeToString(h.Sum(nil))
	if want := goldenHash[FormatVersion]; got != want {
		t.Errorf("FormatVersion %d encodes to %s, recorded %q: bump FormatVersion and record the hash", FormatVersion, got, want)
	}
}
