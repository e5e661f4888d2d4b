package cli

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/huashu-cli/huashu/pkg/termwidth"
)

// Help in Chinese. The commands carry their help in English (for the Go
// engineers reading the code and CI logs); when the user's locale is
// Chinese (helpInChinese), localizeHelp swaps in the texts below. Every
// command and flag needs an entry: TestChineseHelpIsComplete fails on a new
// command or flag without one, and on an entry whose command or flag is
// gone, so the two languages cannot drift apart.

type zhHelp struct {
	// From is englishHash of the English Short and Long this translates, so
	// a change to the English help fails the test until the Chinese follows.
	From        string
	Short, Long string
	Example     string // "" keeps the command's own examples
	Flags       map[string]string
}

// englishHash fingerprints a command's English Short and Long.
func englishHash(c *cobra.Command) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(c.Short + "\x00" + c.Long))
	return fmt.Sprintf("%08x", h.Sum32())
}

var helpZH = map[string]zhHelp{
	"huashu": {
		From:  "8d788191",
		Short: "电商客服快捷回复（话术）",
		Long: `huashu（话术）按快捷编码、拼音或中文找到合适的客服回复，放到剪贴板上，
直接粘贴到咚咚、千牛或拼多多商家工作台。

不带命令运行打开选择器。"huashu 编码" 复制这个编码的话术，和 "huashu get 编码" 一样。`,
		Flags: map[string]string{
			"config":      "配置文件（默认 $HUASHU_CONFIG 或 $XDG_CONFIG_HOME/huashu/config.yaml）",
			"group":       "打开时停在这个分组",
			"no-embedded": "不加载内置的入门话术包",
			"once":        "复制一次就退出",
			"pack":        "加载一个话术包文件或目录，作为最高的团队层（可重复）",
			"platform":    "按哪个平台的版本显示：jd、tmall 或 pdd",
			"print":       "把回复输出到终端，而不是复制",
			"query":       "打开时的搜索词",
			"var":         "给占位符赋值，名字=值（可重复；在表单里预先填好）",
			"help":        "显示帮助",
			"version":     "显示版本",
		},
	},
	"huashu add": {
		From:  "104f9662",
		Short: "保存一条个人话术",
		Long: `把一条话术保存到个人话术（个人话术覆盖团队话术和内置话术：这里的编码优先于其他任何地方的同一编码）。

个人话术文件不存在时创建（数据目录里的 "pack: 个人话术"，或配置里 "personal:" 指定的文件）。
文件里的注释、顺序和空行都保留；写之前像检查任何话术一样检查新话术（huashu lint 会报错误时拒绝，退出 2）；
文件原子替换，之前的版本保存为 文件.bak。
个人话术里已有这个编码时需要 --force，并在原位置替换。"personal:" 指定的是目录时，目录里的话术包文件都是个人话术：
已有的编码在它所在的文件里替换，新编码写进这个目录里的 personal.yaml。

--text - 从标准输入读正文（适合多行回复）。`,
		Flags: map[string]string{
			"force": "替换个人话术里同一编码的话术",
			"group": "分组，用 / 分层：售后/退款",
			"part":  "分次回答的一段，每段单独发送（可重复）",
			"tags":  "标签，用逗号分隔：退款,售后",
			"text":  "回复正文（写 - 从标准输入读）",
			"title": "简短的标题（必填）",
			"help":  "显示帮助",
		},
	},
	"huashu completion": {
		From:  "9620d7e2",
		Short: "生成命令补全脚本（bash、zsh、fish、powershell）",
		Long: `为指定的 shell 生成 huashu 的命令补全脚本：补全命令、参数，以及话术编码和
--platform、--format、--from、--to 的取值。各子命令的帮助里有安装方法。`,
		Flags: map[string]string{"help": "显示帮助"},
	},
	"huashu completion bash": {
		From:  "0d9e1145",
		Short: "生成 bash 的补全脚本",
		Long: `生成 bash 的补全脚本（需要 bash-completion 包）。

在当前会话里启用：

	source <(huashu completion bash)

以后每个会话都启用，运行一次：

	huashu completion bash > /etc/bash_completion.d/huashu

之后新开的 shell 生效。`,
		Flags: map[string]string{"no-descriptions": "补全时不显示说明", "help": "显示帮助"},
	},
	"huashu completion fish": {
		From:  "affab265",
		Short: "生成 fish 的补全脚本",
		Long: `生成 fish 的补全脚本。

在当前会话里启用：

	huashu completion fish | source

以后每个会话都启用，运行一次：

	huashu completion fish > ~/.config/fish/completions/huashu.fish`,
		Flags: map[string]string{"no-descriptions": "补全时不显示说明", "help": "显示帮助"},
	},
	"huashu completion powershell": {
		From:  "64b6a614",
		Short: "生成 PowerShell 的补全脚本",
		Long: `生成 PowerShell 的补全脚本。

在当前会话里启用：

	huashu completion powershell | Out-String | Invoke-Expression

以后每个会话都启用：把上面这行加到 PowerShell 的配置文件里（notepad $PROFILE）。`,
		Flags: map[string]string{"no-descriptions": "补全时不显示说明", "help": "显示帮助"},
	},
	"huashu completion zsh": {
		From:  "cf340c0d",
		Short: "生成 zsh 的补全脚本",
		Long: `生成 zsh 的补全脚本。还没启用补全的话，先运行一次：

	echo "autoload -U compinit; compinit" >> ~/.zshrc

在当前会话里启用：

	source <(huashu completion zsh)

以后每个会话都启用，运行一次：

	huashu completion zsh > "${fpath[1]}/_huashu"

之后新开的 shell 生效。`,
		Flags: map[string]string{"no-descriptions": "补全时不显示说明", "help": "显示帮助"},
	},
	"huashu doctor": {
		From:  "926ed7de",
		Short: "诊断：话术从哪里加载、有没有冲突、剪贴板和终端情况",
		Long: `显示 huashu 从哪里读配置和数据、每个话术来源和它的话术数（团队话术源还有它的提交、状态、上次更新，
以及选择器的后台更新）、话术包里的问题、各层之间的编码冲突和覆盖、复制会用哪个剪贴板，以及 huashu 运行在什么终端里。
不访问网络。

有话术包加载失败或编码冲突时退出码是 1，否则是 0。`,
		Flags: map[string]string{"help": "显示帮助"},
	},
	"huashu export": {
		From:  "f90b82f7",
		Short: "把加载的话术导出给千牛、搜狗或存成 CSV",
		Long: `把话术写成千牛或搜狗输入法能导入的文件，或 UTF-8 CSV。给了 --pack 时只写这些话术包的话术
（不加 --no-embedded 时还有内置话术包），不含配置里的团队话术源和个人话术；不给 --pack 时写加载的全部话术：
内置、团队话术源、个人话术。

千牛：GBK/GB18030 编码、CRLF 换行的 CSV，表头 快捷短语编码,快捷短语,快捷短语分组。
搜狗：UTF-16LE（带 BOM）、CRLF 的 phrases.ini；编码不是拉丁字母和数字的话术跳过。csv：UTF-8 的 code,title,group,text。

分次回答的话术合成一条，各段之间空一行。给了 --platform 时只写这个平台的话术，用它的平台版本；
不给时写默认回复。占位符（{{店铺}}）原样写出。详见 docs/import-export.md。`,
		Flags: map[string]string{
			"force":    "输出文件已存在时覆盖",
			"output":   "要写的文件（必填；- 表示标准输出）",
			"platform": "按 jd、tmall 或 pdd 导出：用它的平台版本，只导出它的话术",
			"to":       "导出格式：qianniu、sogou 或 csv（必填）",
			"help":     "显示帮助",
		},
	},
	"huashu get": {
		From:  "4e8a2e2c",
		Short: "复制指定编码的话术",
		Long: `把编码正好是 CODE 的话术复制到剪贴板。

分次回答的话术整条复制，各段之间空一行；--part N 只复制第 N 段。占位符的取值顺序：
--var，配置的 vars，话术包的 vars，内置值（{{今天}}、{{明天}}、{{时间}}……），占位符自己的默认值；
仍然没有值的占位符是错误，并列出缺少的名字。`,
		Example: `  huashu get hy
  huashu hy                      # 一样：直接写编码
  huashu get dh --var 订单号=1234 --print
  huashu get fhsj --part 2 --platform jd
  huashu get hy --json`,
		Flags: map[string]string{
			"json":     "以 JSON 输出这条话术（不复制）",
			"part":     "只复制分次回答的第 N 段（从 1 开始）",
			"platform": "按哪个平台的版本：jd、tmall 或 pdd",
			"print":    "把回复输出到终端，而不是复制",
			"var":      "给占位符赋值，名字=值（可重复）",
			"help":     "显示帮助",
		},
	},
	"huashu help": {
		From:  "c6e66590",
		Short: "显示任何命令的帮助",
		Long:  `显示任何命令的帮助：huashu help 命令，例如 huashu help pack add。`,
		Flags: map[string]string{"help": "显示帮助"},
	},
	"huashu import": {
		From:  "9f0965a7",
		Short: "把千牛、搜狗或 CSV 的话术导入成话术包",
		Long: `读取从千牛导出的快捷短语 CSV、搜狗输入法的自定义短语 phrases.ini，或列为 code,title,group,text 的 UTF-8 CSV，
写成一个话术包。

编码会被改成合法的（大写变小写，去掉其他字符），重复的编码改名（hy、hy2……），空回复跳过，
缺少的标题用回复的第一小句补上；每一处改动都在 stderr 列出。文件编码从不悄悄猜测：
千牛文件按 GBK/GB18030 读，其他按 UTF-8 读，有 BOM 就按 BOM，--encoding 可以强制指定。
写出之前检查话术包能加载、且正好包含导入的正文。详见 docs/import-export.md。`,
		Flags: map[string]string{
			"encoding": "强制按 utf8、gb18030 或 utf16le 读文件，不自动识别",
			"force":    "输出文件已存在时覆盖",
			"from":     "文件来自哪里：qianniu、sogou 或 csv（必填）",
			"name":     "话术包名称（默认：文件名去掉扩展名）",
			"output":   "要写的话术包文件（必填；- 表示标准输出）",
			"help":     "显示帮助",
		},
	},
	"huashu init": {
		From:  "13e83e7c",
		Short: "生成团队话术仓库，并把 lint 接入 CI",
		Long: `在 DIR（默认当前目录）里生成团队话术仓库：packs/team.yaml（能通过 lint 的示例话术包）、
.huashu-lint.yaml、在 GitHub（.github/workflows/huashu-lint.yml，用 huashu 的 Action）、
GitLab（.gitlab-ci.yml）和 Gitee Go（.workflow/huashu-lint.yml）上运行 huashu lint 的 CI、
.pre-commit-config.yaml，以及给团队看的 README.md。

运行 init 的 huashu 是发布版（v1.2.3）时，CI 文件固定为这个版本；--ref 指定别的发布版本。
开发版没有版本号可固定：写 main，并说明要改哪几行。

已有的文件不会被覆盖（退出 2 并给出文件名），除非加 --force。`,
		Flags: map[string]string{
			"force": "覆盖已有的文件",
			"ref":   "CI 文件固定为这个 huashu 发布版本（v1.2.3），而不是当前程序的版本",
			"help":  "显示帮助",
		},
	},
	"huashu lint": {
		From:  "ea2843e1",
		Short: "检查话术包：格式问题和服务规范问题",
		Long: `检查话术包里绝不能发给买家的内容：坏掉的话术包（schema/*）、重复的编码（code/*）、
空回复、一字回复、过长的回复和看不见的字符（text/*）、服务禁语和“微笑”表情（service/*）、
站外联系方式、好评返现、刷单和《广告法》绝对化用语（compliance/*）、过期的活动（campaign/*）、
写错的占位符（vars/*）。每条规则的说明在 docs/rules.md。

不给 PATH 时：在团队话术仓库里（从当前目录向上找到 .huashu-lint.yaml），检查这个仓库
（.huashu-lint.yaml 所在目录下的全部话术包；主目录里的那个只算设置）。
在别处，检查配置的团队源、--pack 和个人话术；都没有时检查内置话术包。
PATH 是话术包文件或目录：目录下顶层有 pack: 或 phrases: 的 *.yaml/*.yml 才算话术包
（隐藏的跳过；.huashu-lint.yaml 的 include/exclude 可以指定）；PATH 不存在或目录里没有话术包是用法错误（退出 2）。

设置来自 .huashu-lint.yaml（从当前目录向上找，或配置里的 "lint" 路径，或 --lint-config）。
GITHUB_ACTIONS=true 时默认格式是 github。

退出码：0 没有问题，1 有错误（--strict 时警告也算，或警告多于 --max-warnings），2 用法或配置错误。`,
		Flags: map[string]string{
			"fix":          "就地应用安全的自动修复，然后重新检查",
			"format":       "输出格式：text|json|github|sarif|rdjson|junit|checkstyle",
			"lint-config":  "用这个 .huashu-lint.yaml，不再向上查找",
			"list-rules":   "列出全部规则和默认级别，然后退出",
			"max-warnings": "警告多于这个数时退出 1",
			"strict":       "有警告也退出 1",
			"help":         "显示帮助",
		},
	},
	"huashu list": {
		From:  "0c486fc1",
		Short: "列出加载的话术、话术包或分组",
		Long: `按层的顺序列出从各个来源加载的内容。

默认每条话术一行：编码、标题、分组和话术包。--packs 列出话术包文件，--groups 列出分组和各组的话术数。`,
		Flags: map[string]string{
			"groups": "列出分组而不是话术",
			"json":   "以 JSON 输出",
			"packs":  "列出话术包而不是话术",
			"help":   "显示帮助",
		},
	},
	"huashu pack": {
		From:  "d7866661",
		Short: "管理 git 里的团队话术源",
		Long: `团队话术放在组长维护的 git 仓库里。"huashu pack add" 把它克隆到数据目录并记进配置；
"huashu pack update" 只快进地拉取新提交，并说明哪些话术新增、修改或删除。huashu 从不改写团队话术的检出目录：
本地修改或历史分叉只报告，不覆盖。

层的顺序（从低到高）：内置话术、团队话术源（按配置顺序）、--pack、个人话术（huashu add）。详见 docs/team-packs.md。`,
		Flags: map[string]string{"help": "显示帮助"},
	},
	"huashu pack add": {
		From:  "a6edd105",
		Short: "添加团队话术源：克隆 git 仓库，或链接一个目录",
		Long: `用系统的 git 把团队的话术仓库克隆到数据目录，并记进配置。名称默认是仓库名（去掉 .git）。

本地的 git 仓库（工作副本或裸仓库）也会被克隆，以后和其他来源一样用 "huashu pack update" 更新。
不是 git 仓库的本地目录、单个话术包文件，或加了 --link 的路径，按原样记录、就地读取：huashu 从不克隆、更新或删除它。`,
		Flags: map[string]string{
			"link": "按原样记录本地路径，不克隆",
			"name": "话术源的名称（默认：仓库名）",
			"help": "显示帮助",
		},
	},
	"huashu pack list": {
		From:  "a78bc593",
		Short: "列出团队话术源：名称、来源、提交、话术数、上次更新、状态",
		Long: `按层的顺序（从低到高）列出配置里的团队话术源，包括检出的提交、话术数、检出目录上次拉取的时间
（克隆或上次 "pack update"）和状态。不访问网络：“有更新可拉取”表示上次拉取到了还没应用的提交。

--json 输出对象数组：name、url（隐去凭据）、path、dir、commit、commit_time、updated、state（clean、behind、ahead、diverged、
local-changes、not-cloned、wrong-remote、missing、not-git、error、directory）、detail、packs、phrases、problems。`,
		Flags: map[string]string{"json": "以 JSON 输出话术源", "help": "显示帮助"},
	},
	"huashu pack remove": {
		From:  "9cfbd584",
		Short: "删除团队话术源：配置里的条目和它的检出目录",
		Long: `从配置里删除这个话术源，并删除数据目录里它的检出目录。以本地路径添加的话术源只从配置里去掉，目录不动。

检出目录有本地修改，或有远端没有的提交时不删：说明原因并退出 2；加 --force 仍然删除。`,
		Flags: map[string]string{"force": "即使有本地修改或未推送的提交也删除检出目录", "help": "显示帮助"},
	},
	"huashu pack update": {
		From:  "18b786d4",
		Short: "只快进地拉取团队话术源的新提交，并显示改了什么",
		Long: `拉取每个 git 话术源（或指定的几个），快进到新提交，然后按话术包列出新增、修改和删除的编码。

移动之前，huashu 先读新提交里的每个话术包文件；有文件加载不了，就留在旧提交上（继续使用旧的），
并说明是哪个文件坏了。有本地修改、未推送的提交或历史分叉的检出目录只报告，不动它。
手写在配置里、还没有检出目录的 git 话术源会被克隆（和 "pack add" 一样）。

有话术源更新失败时退出码是 1。`,
		Flags: map[string]string{"help": "显示帮助"},
	},
	"huashu pick": {
		From:  "cd921824",
		Short: "打开选择器（默认命令）",
		Long: `打开选择器：输入编码、拼音或中文，按回车，回复就在剪贴板上了。选择器保持打开，准备回复下一个买家：
输入清空，分组回到“全部”（配置里 picker.keep_group: true 保持分组）；--once 复制一次就退出。

分次回答的话术在同一行每按一次回车复制一段，状态栏说明下一段是第几段；一打字就开始新的搜索。
行有编号：alt+1 … alt+9 复制第 n 行。回复里有没有值的占位符，或只有它自己的默认值（{{尺码|M}}）时，
复制前弹出表单列出全部占位符，预先填好（--var、配置的 vars、话术包的 vars、内置值、默认值）并可修改；
{{剪贴板}} 取剪贴板上的内容。

话术包有人盯着：磁盘上的变化（huashu add、pack update、编辑器）会在后台重新加载，每次复制前也先检查磁盘。
配置里的 picker.auto_update 让选择器启动时在后台运行 pack update。

--print 选中一条回复，在选择器关闭后把它（全部段落，之间空一行）输出到终端，而不是复制；没选就退出时退出码是 1。
ctrl+c 退出码是 130。选择器需要标准输入和标准输出都是终端；脚本里用 "huashu get 编码 --print" 或 "huashu search 关键词"。

按键：↑/↓ ctrl+p/ctrl+n ctrl+k/ctrl+j 移动，PgUp/PgDn 翻页，回车复制（下一段），alt+1…alt+9 复制第 n 行，
Tab/shift+Tab 切换分组，ctrl+t 切换平台，ctrl+g 置顶（置顶的回复排在最前），ctrl+o 展开警告，
?（输入为空时）帮助，Esc 清空输入再按退出，ctrl+c 退出。`,
		Example: `  huashu
  huashu -q 退款 --platform tmall
  huashu pick --group 售后 --once
  huashu --var 尺码=L           # 表单里预先填好
  huashu --print -q 退款         # 选一条，回复输出在终端里`,
		Flags: map[string]string{
			"group":    "打开时停在这个分组",
			"once":     "复制一次就退出",
			"platform": "按哪个平台的版本显示：jd、tmall 或 pdd",
			"print":    "把回复输出到终端，而不是复制",
			"query":    "打开时的搜索词",
			"var":      "给占位符赋值，名字=值（可重复；在表单里预先填好）",
			"help":     "显示帮助",
		},
	},
	"huashu search": {
		From:  "371054db",
		Short: "不开界面，按相关度列出匹配的话术（像 fzf --filter）",
		Long: `按相关度从高到低列出匹配 QUERY 的话术，每行一条：编码、标题和回复的开头，用制表符分隔。

QUERY 的匹配方式和选择器一样：编码（hy）、拼音首字母（tk）、全拼（tuikuan、tkuan）、中文（退款）或混合；
用空格分开的每个词都要匹配。模糊音（sanpin 找到商品）、全拼里错一个字母、回复正文的拼音也能找到，
排在完全匹配之后。

买家的消息可以原样粘贴（亲 发货了没有啊），按和每条话术共有的字词排序。这样的结果，以及完全没有
匹配时最接近的话术，是近似结果：排在所有完全匹配之后，行末多一列“近似”（--json 里是
"approximate": true）。

不在有效期内或不适用于该平台的话术不列出。什么都没找到时退出码是 1，并在标准错误里说明试过哪些
方式、最接近的编码。`,
		Flags: map[string]string{
			"json":     "以 JSON 输出结果（含 score、matched_field、matched_value、positions 和 matches）",
			"limit":    "最多显示 N 条（0 表示全部）",
			"platform": "按哪个平台搜索：jd、tmall 或 pdd",
			"help":     "显示帮助",
		},
	},
	"huashu version": {
		From:  "094d32e6",
		Short: "显示版本",
		Long: `在一行里显示 huashu 的版本、构建它的提交和日期、Go 版本和平台。发布版显示它的标签（v1.2.3），
GitHub Action 的 "uses:" 和 pre-commit 的 "rev:" 写的就是它。`,
		Flags: map[string]string{"help": "显示帮助"},
	},
}

// usageTemplateZH is cobra's usage template in Chinese.
const usageTemplateZH = `用法：{{if .Runnable}}
  {{zhUseLine .}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [命令]{{end}}{{if gt (len .Aliases) 0}}

别名：
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

命令：{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

参数：
{{zhFlagUsages .LocalFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

全局参数：
{{zhFlagUsages .InheritedFlags | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

其他帮助主题：{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

"{{.CommandPath}} [命令] --help" 显示各命令的详细说明。{{end}}
`

// zhTypes name the kinds of values flags take.
var zhTypes = map[string]string{
	"string":      "文本",
	"stringArray": "文本",
	"stringSlice": "列表",
	"int":         "数字",
	"duration":    "时长",
}

// zhFlagUsages is pflag's flag table in Chinese: the kind of value and the
// default are Chinese too, and the columns are aligned by display width
// (pflag counts bytes, which Chinese breaks).
func zhFlagUsages(fs *pflag.FlagSet) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		if t, ok := zhTypes[f.Value.Type()]; ok {
			left += " " + t
		} else if f.Value.Type() != "bool" {
			left += " " + f.Value.Type()
		}
		usage := f.Usage
		switch d := f.DefValue; {
		case d == "" || d == "false" || d == "0" || d == "[]":
		case f.Value.Type() == "string":
			usage += "（默认 \"" + d + "\"）"
		default:
			usage += "（默认 " + d + "）"
		}
		rows = append(rows, row{left, usage})
		width = max(width, termwidth.String(left))
	})
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(r.left)
		b.WriteString(strings.Repeat(" ", width-termwidth.String(r.left)+3))
		b.WriteString(r.usage)
		b.WriteByte('\n')
	}
	return b.String()
}

// zhUseLine is cobra's use line with its "[flags]" in Chinese.
func zhUseLine(c *cobra.Command) string {
	return strings.Replace(c.UseLine(), " [flags]", " [参数]", 1)
}

func init() {
	// cobra's template functions are global; this one only formats.
	cobra.AddTemplateFunc("zhFlagUsages", zhFlagUsages)
	cobra.AddTemplateFunc("zhUseLine", zhUseLine)
}

// localizeHelp puts the Chinese help on every command of the tree.
func localizeHelp(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	walkCommands(root, func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.InitDefaultVersionFlag()
		c.SetUsageTemplate(usageTemplateZH)
		h, ok := helpZH[c.CommandPath()]
		if !ok {
			return
		}
		c.Short, c.Long = h.Short, h.Long
		if h.Example != "" {
			c.Example = h.Example
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if u, ok := h.Flags[f.Name]; ok {
				f.Usage = u
			}
		})
	})
}

func walkCommands(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, s := range c.Commands() {
		walkCommands(s, fn)
	}
}
