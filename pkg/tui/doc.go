// Package tui is huashu's picker (DESIGN §7): a bubbletea model that finds a
// reply by code, pinyin or Chinese and hands it to a copy function. It knows
// nothing of cobra or the clipboard library: pkg/cli builds Options (phrases,
// their values, a copy func, history, pins, Refresh) and runs the program.
//
// Data flow:
//
//	keystroke → Update (query changed, seq++) → search tea.Cmd (engine, off the UI goroutine)
//	resultsMsg → dropped when its seq is stale (the latest query is searched next) → View
//	Enter → Refresh tea.Cmd (disk checked) → render → [form] → copy tea.Cmd → copiedMsg → status, record, fresh start
//
// Decisions (where DESIGN is silent; docs/picker.md is the agents' version):
//
//   - Enter copies, records the use and stays open. After the whole reply
//     is copied the query is cleared and the group goes back to 全部
//     (Options.KeepGroup keeps it). After a part of a multi-part reply the
//     query stays, dimmed ("spent"): Enter on the same row copies the next
//     part; the first key that edits the query starts a fresh search (typed
//     text replaces it, a deletion clears it) and resets the group; ←/→
//     move into it to edit it instead. Moving, changing group or platform,
//     or Esc gives up the remaining parts.
//   - alt+1 … alt+9 copy the n-th visible row, numbered like IME
//     candidates; typed ahead of the results, they wait for them as Enter
//     does.
//   - --once quits after the last part of the reply (quitting after part 1
//     would lose the rest). --print copies nothing: Enter chooses the reply,
//     the picker quits and the caller prints all parts separated by a blank
//     line; quitting without a choice prints nothing.
//   - The form shows every placeholder of the reply, prefilled by
//     render.Values' order, and opens when one has no value or only its
//     own default. Tab/Enter move on; Enter on the last field copies, only
//     when every field is filled (a blank would reach the buyer as a hole
//     in the sentence). A prefilled value is replaced by typing.
//     {{剪贴板}} is read from the clipboard when the form opens, cleaned to
//     one line (clipboardValue).
//   - The empty list: pinned (ctrl+g, in pin order), then frecency (the
//     history store's scores, re-read after every copy, so a session and
//     the next start agree), then the phrases' order (group order, then
//     file order).
//   - Options.Refresh is called before every copy (the copy waits; keys
//     queue) and every PollEvery in the background; a newer Library is
//     applied keeping the query, the group and the selection. The copy
//     resolves its phrase in the new library: the same phrase, else the
//     one now serving its code, else nothing is copied. A Library SameAs
//     the shown one (the same phrases from another catalog: the index
//     the background build wrote) is swapped in without a visible change,
//     and the memory of the catalog it replaces is given back.
//   - ? opens help only when the input is empty (or spent): agents type
//     codes, pinyin and Chinese, so a ? in a query is rare and is typed as
//     is. Any key closes help; Esc, ? and ctrl+o only close it.
//   - Esc clears the query (and a half-copied reply); on an empty query it
//     quits. In the form Esc cancels the form. ctrl+c quits and marks the
//     model Interrupted (the caller exits 130).
//   - Keys typed while Enter waits for the results of what was typed, or for
//     a copy (and its check of the disk) to finish, are queued and replayed
//     in order, so fast type-ahead ("dh⏎123⇥顺丰⏎", "⏎⏎" for two parts) does
//     what it would on an idle machine and never copies a stale selection.
//     A key that acts on the rows (arrows, pages, ctrl+g, the preview's
//     scroll) pressed before the results of what was typed (or of a reload)
//     are shown waits for them the same way, with the keys after it: "s↓⏎"
//     copies the second result of s, not the second row still on screen.
//   - Groups: "全部" plus the top-level groups in the phrases' order (the
//     caller sorts by the packs' declared group order); --group may name
//     a nested group (售后/退换), which gets a tab of its own. Platforms
//     cycle 全部 → 京东 → 天猫 → 拼多多: a platform hides phrases not meant
//     for it and shows (and copies) its variant.
//   - Rows render known values like the preview (render.Spans keeps match
//     highlights on the template's characters) and carry 顶 (pinned) or 新
//     (changed by a recent pack update).
//   - The status line speaks the agents' words: 系统剪贴板 / 经终端复制 on
//     the left, 已复制 ✓ or 经终端复制 ✓ (OSC 52, unacknowledged) after a
//     copy; tool names are for doctor.
//   - Pack load problems and code conflicts show as one warning line; ctrl+o
//     expands them (ctrl+w would be the input's delete-word).
//   - Phrases outside their valid window at start (or at a reload) are
//     hidden.
//   - Text from packs goes through visible before it is drawn (see
//     visible.go); what is copied is the rendered text, byte for byte.
package tui
