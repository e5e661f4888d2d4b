package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/huashu-cli/huashu/internal/regfile"
	"github.com/spf13/cobra"

	"github.com/huashu-cli/huashu/internal/termsafe"
	"github.com/huashu-cli/huashu/internal/winname"
	"github.com/huashu-cli/huashu/pkg/interop"
	"github.com/huashu-cli/huashu/pkg/pack"
	"github.com/huashu-cli/huashu/pkg/phrase"
	"github.com/huashu-cli/huashu/pkg/safefile"
)

// ImportOptions are the flags and dependencies of "huashu import".
type ImportOptions struct {
	IO *IOStreams
	// Reindex brings the serving index up to date after the pack is
	// written (it may be one the commands load).
	Reindex func()
	// Packs loads what huashu serves, so -o never replaces a loaded pack
	// (nil: nothing to protect).
	Packs func() (*pack.Set, error)

	From     string // qianniu | sogou | csv
	File     string
	Output   string // the pack to write; "-" is stdout
	Name     string // the pack's name; default: the file's base name
	Encoding string // "" = detect
	Force    bool   // overwrite Output
}

// NewCmdImport is "huashu import --from qianniu|sogou|csv FILE -o PACK.yaml".
func NewCmdImport(f *Factory, runF func(*ImportOptions) error) *cobra.Command {
	o := &ImportOptions{IO: f.IO, Reindex: f.Reindex, Packs: f.Packs}
	cmd := &cobra.Command{
		Use:   "import --from qianniu|sogou|csv FILE -o PACK.yaml",
		Short: "Import 千牛, 搜狗 or CSV phrases into a pack",
		Long: `Read phrases exported from 千牛 (快捷短语 CSV), 搜狗输入法 (自定义短语
phrases.ini) or a UTF-8 CSV with the columns code,title,group,text, and write
them as a pack.

Codes are made valid (upper case lowered, other characters dropped), duplicate
codes renamed (hy, hy2…), empty replies skipped and missing titles made from
the reply's first clause; every change is listed on stderr. The file's
encoding is never guessed silently: 千牛 files are read as GBK/GB18030, the
others as UTF-8, a BOM is honoured, and --encoding forces one. The pack is
checked to load and to hold exactly the imported texts before it is written.
See docs/import-export.md.`,
		Example: `  huashu import --from qianniu 快捷短语.csv -o phrases/千牛.yaml
  huashu import --from sogou phrases.ini -o 搜狗.yaml --name 搜狗短语
  huashu import --from csv team.csv -o team.yaml --force
  huashu import --from qianniu export.csv --encoding utf8 -o shop.yaml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.File = args[0]
			if runF != nil {
				return runF(o)
			}
			return importRun(o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.From, "from", "", "format of FILE: qianniu, sogou or csv (required)")
	fl.StringVarP(&o.Output, "output", "o", "", "pack file to write (required; - for stdout)")
	fl.StringVar(&o.Name, "name", "", "pack name (default: FILE's name without extension)")
	fl.StringVar(&o.Encoding, "encoding", "", "read FILE as utf8, gb18030, utf16le or utf16be instead of detecting")
	fl.BoolVar(&o.Force, "force", false, "overwrite the output file if it exists")
	return cmd
}

func importRun(o *ImportOptions) error {
	if o.From == "" {
		return Usage("import 需要 --from 说明文件来自哪里：qianniu（千牛）、sogou（搜狗）或 csv")
	}
	format, err := interop.ParseFormat(o.From)
	if err != nil {
		return Usage("--from：%v", err)
	}
	enc, err := interop.ParseEncoding(o.Encoding)
	if err != nil {
		return Usage("--encoding：%v", err)
	}
	if o.Output == "" {
		return Usage("import 需要 -o 话术包.yaml（写 - 输出到标准输出）")
	}
	if err := checkOutputName(o.Output); err != nil {
		return err
	}
	if sameFile(o.File, o.Output) {
		return Usage("import: -o %s 就是要导入的文件；请写到另一个 .yaml 文件", o.Output)
	}
	var loaded *pack.Set
	if _, err := os.Stat(o.Output); err == nil && o.Output != "-" && o.Packs != nil {
		if loaded, err = o.Packs(); err != nil {
			return err
		}
	}
	if err := refuseOverwrite(o.Output, o.Force, loaded); err != nil {
		return err
	}
	data, err := readInput(o.File)
	if err != nil {
		return err
	}

	im, err := interop.Read(format, data, enc)
	if err != nil {
		return NotFound("%s: %v", o.File, err)
	}
	recs, notes, sum := interop.Normalize(im.Records)
	notes = append(im.Notes, notes...)
	sort.SliceStable(notes, func(i, j int) bool { return notes[i].Line < notes[j].Line })
	for _, n := range notes {
		fmt.Fprintf(o.IO.ErrOut, "huashu: %s\n", oneLine(located(o.File, n)))
	}
	if len(recs) == 0 {
		return NotFound("%s: 没有可导入的话术（读到 %d 条，都是空的）", o.File, sum.Read)
	}

	name := strings.TrimSpace(o.Name)
	if name == "" {
		base := filepath.Base(o.File)
		name = strings.TrimSpace(strings.TrimSuffix(base, filepath.Ext(base)))
	}
	if name == "" {
		name = "导入"
	}
	out, err := interop.MarshalPack(interop.PackFile{
		Name:        name,
		Description: fmt.Sprintf("从%s导入：%s", format.Label(), filepath.Base(o.File)),
		Phrases:     recs,
	})
	if err != nil {
		return NotFound("%s: %v", o.File, err)
	}
	// The pack must load as the loader sees it; anything else is our bug.
	pk, errs := pack.Parse(o.Output, out)
	if len(errs) > 0 || len(pk.Phrases) != len(recs) {
		return NotFound("生成的话术包没有通过校验（这是 huashu 的缺陷，请报告）：%v", errs)
	}
	for i, ph := range pk.Phrases {
		if r := recs[i]; ph.Code != r.Code || ph.Title != r.Title || ph.Group != r.Group || ph.Text != r.Text || !slices.Equal(ph.Ask, r.Ask) {
			return NotFound("生成的话术包读回后编码 %q 的内容不同（这是 huashu 的缺陷，请报告）", r.Code)
		}
	}
	if err := writeOutput(o.IO, o.Output, out); err != nil {
		return err
	}

	var parts []string
	if sum.SkippedEmpty > 0 {
		parts = append(parts, fmt.Sprintf("跳过空正文 %d 条", sum.SkippedEmpty))
	}
	if sum.SkippedLarge > 0 {
		parts = append(parts, fmt.Sprintf("跳过超长 %d 条", sum.SkippedLarge))
	}
	if sum.CodesFixed > 0 {
		parts = append(parts, fmt.Sprintf("修正编码 %d 个", sum.CodesFixed))
	}
	if sum.Renamed > 0 {
		parts = append(parts, fmt.Sprintf("重复编码改名 %d 个", sum.Renamed))
	}
	if sum.TitlesDerived > 0 {
		parts = append(parts, fmt.Sprintf("标题由正文生成 %d 条", sum.TitlesDerived))
	}
	detail := ""
	if len(parts) > 0 {
		detail = "；" + strings.Join(parts, "，")
	}
	fmt.Fprintf(o.IO.ErrOut, "huashu: 已从 %s（%s，%s）导入 %d 条话术到 %s（话术包 %s）%s\n",
		termsafe.Line(o.File), format.Label(), im.Encoding.Label(), sum.Written, termsafe.Line(displayName(o.Output)), termsafe.Line(name), detail)
	if o.Reindex != nil && o.Output != "-" {
		o.Reindex()
	}
	return nil
}

// ExportOptions are the flags and dependencies of "huashu export".
type ExportOptions struct {
	IO *IOStreams
	// Packs is what to export (Factory.Selected); Loaded is every pack
	// huashu loads, which -o never replaces (nil: Packs).
	Packs, Loaded func() (*pack.Set, error)
	Now           func() time.Time

	To          string // qianniu | sogou | csv
	Output      string // "-" is stdout
	PlatformArg string // use this platform's variants, and only its phrases
	Force       bool
}

// NewCmdExport is "huashu export --to qianniu|sogou|csv -o FILE".
func NewCmdExport(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	o := &ExportOptions{IO: f.IO, Packs: f.Selected, Loaded: f.Packs, Now: f.Now}
	cmd := &cobra.Command{
		Use:   "export --to qianniu|sogou|csv -o FILE",
		Short: "Export the loaded packs for 千牛, 搜狗 or as CSV",
		Long: `Write phrases as a file 千牛 or 搜狗输入法 imports, or as a UTF-8 CSV. With
--pack, the phrases of those packs (and of the built-in ones unless
--no-embedded): not the configured team sources nor the personal pack.
Without --pack, every loaded phrase: built-in, team sources, personal pack.

千牛: GBK/GB18030 CSV with CRLF and the header 快捷短语编码,快捷短语,快捷短语分组.
搜狗: phrases.ini in UTF-16LE with a BOM and CRLF; codes that are not Latin
letters and digits are skipped. csv: code,title,group,text in UTF-8.

A multi-part reply becomes one text, its parts separated by a blank line.
With --platform, only that platform's phrases are written, with its variants;
without it, the default replies. Placeholders ({{店铺}}) are written as they
are. See docs/import-export.md.`,
		Example: `  huashu export --to qianniu -o 快捷短语.csv --platform tmall
  huashu export --to sogou -o phrases.ini --no-embedded --pack team/
  huashu export --to csv -o - | less`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return exportRun(o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.To, "to", "", "format to write: qianniu, sogou or csv (required)")
	fl.StringVarP(&o.Output, "output", "o", "", "file to write (required; - for stdout)")
	fl.StringVar(&o.PlatformArg, "platform", "", "export for jd, tmall or pdd: its variants, and only its phrases")
	fl.BoolVar(&o.Force, "force", false, "overwrite the output file if it exists")
	return cmd
}

func exportRun(o *ExportOptions) error {
	if o.To == "" {
		return Usage("export 需要 --to 说明导出给谁：qianniu（千牛）、sogou（搜狗）或 csv")
	}
	format, err := interop.ParseFormat(o.To)
	if err != nil {
		return Usage("--to: %v", err)
	}
	platform, err := phrase.ParsePlatform(o.PlatformArg)
	if err != nil {
		return Usage("--platform：%v", err)
	}
	if o.Output == "" {
		return Usage("export 需要 -o 文件（写 - 输出到标准输出）")
	}
	if err := checkOutputName(o.Output); err != nil {
		return err
	}
	if o.Output == "-" && o.IO.OutTTY && format != interop.CSV {
		return Usage("export: %s 文件不是 UTF-8，不能直接输出到终端；请用 -o FILE", format.Label())
	}
	if o.Loaded != nil {
		loaded, err := o.Loaded()
		if err != nil {
			return err
		}
		if err := refuseOverwrite(o.Output, o.Force, loaded); err != nil {
			return err
		}
	}
	set, err := o.Packs()
	if err != nil {
		return err
	}
	if err := refuseOverwrite(o.Output, o.Force, set); err != nil {
		return err
	}
	warnProblems(o.IO, set.Problems)
	if len(set.Phrases) == 0 {
		return NotFound("没有加载任何话术，无可导出（用 --pack 指定话术包）")
	}

	var now time.Time
	if o.Now != nil {
		now = o.Now()
	}
	recs, st, notes := interop.Flatten(set.Phrases, platform, now)
	if len(recs) == 0 {
		for _, n := range notes {
			fmt.Fprintf(o.IO.ErrOut, "huashu: %s\n", oneLine(n.Msg))
		}
		return NotFound("没有可导出的话术")
	}
	data, written, wnotes, err := interop.Write(format, recs)
	if err != nil {
		return NotFound("%v", err)
	}
	for _, n := range append(notes, wnotes...) {
		fmt.Fprintf(o.IO.ErrOut, "huashu: %s\n", oneLine(n.Msg))
	}
	if written == 0 {
		return NotFound("没有%s能接受的话术，未写入 %s", format.Label(), displayName(o.Output))
	}
	if err := writeOutput(o.IO, o.Output, data); err != nil {
		return err
	}

	what := map[interop.Format]string{
		interop.Qianniu: "千牛快捷短语 CSV，GBK/GB18030，CRLF",
		interop.Sogou:   "搜狗自定义短语，UTF-16LE 带 BOM，CRLF",
		interop.CSV:     "CSV，UTF-8",
	}[format]
	var parts []string
	if st.Variants > 0 {
		parts = append(parts, fmt.Sprintf("用%s专用版本 %d 条", platform.Label(), st.Variants))
	}
	if st.NotPlatform > 0 {
		parts = append(parts, fmt.Sprintf("不适用于%s的 %d 条未导出", platform.Label(), st.NotPlatform))
	}
	if st.Expired > 0 {
		parts = append(parts, fmt.Sprintf("已结束的活动话术 %d 条未导出", st.Expired))
	}
	if st.Parts > 0 {
		parts = append(parts, fmt.Sprintf("分次回答 %d 条合并为一条（各段之间空一行）", st.Parts))
	}
	if st.Placeholders > 0 {
		parts = append(parts, fmt.Sprintf("%d 条含占位符 {{…}}，按原文导出，发送前要手动替换", st.Placeholders))
	}
	detail := ""
	if len(parts) > 0 {
		detail = "；" + strings.Join(parts, "，")
	}
	fmt.Fprintf(o.IO.ErrOut, "huashu: 已导出 %d 条话术到 %s（%s）%s\n", written, termsafe.Line(displayName(o.Output)), what, detail)
	if format == interop.Qianniu && platform == "" && hasVariant(set.Phrases, phrase.Tmall) {
		fmt.Fprintln(o.IO.ErrOut, "huashu: 提示：有话术带天猫专用版本；千牛用于淘宝/天猫，可加 --platform tmall 导出这些版本")
	}
	return nil
}

func hasVariant(phs []*phrase.Phrase, p phrase.Platform) bool {
	for _, ph := range phs {
		if _, ok := ph.Variants[p]; ok {
			return true
		}
	}
	return false
}

// located prefixes a note with file:line.
func located(file string, n interop.Note) string {
	if n.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", file, n.Line, n.Msg)
	}
	return file + ": " + n.Msg
}

func displayName(out string) string {
	if out == "-" {
		return "标准输出"
	}
	return out
}

// checkOutputName refuses an output file Windows keeps for a device (NUL,
// CON.csv, COM1.ini): there it would write to the device, or fail.
func checkOutputName(out string) error {
	if out != "-" && winname.Reserved(out) {
		return Usage("-o %s：%s 是 Windows 的保留设备名，不能用作文件名；请换一个名字", out, filepath.Base(out))
	}
	return nil
}

// refuseOverwrite is the one check import and export make before they write
// out: never over a pack huashu has loaded (set; by any name), even with
// --force, since a pack replaced by an export or by other phrases is a pack
// lost; and never over an existing file without --force.
func refuseOverwrite(out string, force bool, set *pack.Set) error {
	if out == "-" {
		return nil
	}
	if set != nil && loadedPack(set, out) {
		return Usage("-o %s 是已加载的话术包，不能覆盖它（--force 也不行）；请写到另一个文件", out)
	}
	if force {
		return nil
	}
	if _, err := os.Stat(out); err == nil {
		return Usage("%s 已存在；加 --force 覆盖它", out)
	}
	return nil
}

// loadedPack reports whether out is one of the pack files set was loaded
// from (by any name: a symlink, "dir/../x.yaml").
func loadedPack(set *pack.Set, out string) bool {
	if out == "-" {
		return false
	}
	for _, p := range set.Packs {
		if p.Layer != phrase.LayerEmbedded && sameFile(p.File, out) {
			return true
		}
	}
	return false
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	if b == "-" {
		return false
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// readInput reads the file to import, within the pack size limit.
func readInput(file string) ([]byte, error) {
	data, err := regfile.Read(file, pack.MaxFileSize)
	var tl *regfile.TooLargeError
	switch {
	case errors.As(err, &tl):
		return nil, NotFound("%s: 文件超过上限 64 MiB", file)
	case err != nil:
		return nil, Usage("%s: %s", file, regfile.Reason(err))
	}
	return data, nil
}

// writeOutput writes data to out atomically, or to stdout for "-".
func writeOutput(io *IOStreams, out string, data []byte) error {
	if out == "-" {
		_, err := io.Out.Write(data)
		return err
	}
	if err := safefile.Write(out, data, 0o644, ""); err != nil {
		return NotFound("无法写入 %s：%s", out, regfile.Reason(err))
	}
	return nil
}
