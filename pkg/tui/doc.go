// Package tui is huashu's picker (DESIGN §7): a bubbletea model that finds a
// reply by code, pinyin or Chinese and hands it to a copy function. It knows
// nothing of cobra or the clipboard library: pkg/cli builds Options (phrases,
// a render func, a copy func, history) and runs the program.
//
// Data flow:
//
//	keystroke → Update (query changed, seq++) → search tea.Cmd (engine, off the UI goroutine)
//	resultsMsg → dropped when its seq is stale (the latest query is searched next) → View
//	Enter → Render → [variable form] → copy tea.Cmd → copiedMsg → status, record, clear
//
// Decisions (where DESIGN is silent):
//
//   - Enter copies, records the use, clears the query and stays open. A
//     multi-part reply copies one part per Enter and keeps the query and the
//     selection until the last part; moving the selection, typing, changing
//     group or platform, or Esc starts the reply over at part 1.
//   - --once quits after the last part of the reply (quitting after part 1
//     would lose the rest). --print copies nothing: Enter chooses the reply,
//     the picker quits and the caller prints all parts separated by a blank
//     line; quitting without a choice prints nothing.
//   - Placeholders still without a value open a form. Enter copies only when
//     every field is filled (a blank would reach the buyer as a hole in the
//     sentence); otherwise it moves to the first empty field and says so.
//   - ? opens help only when the input is empty: agents type codes, pinyin
//     and Chinese, so a ? in a query is rare and is typed as is. Any key
//     closes help; Esc, ? and ctrl+o only close it.
//   - Esc clears the query (and a half-copied reply); on an empty query it
//     quits. In the form Esc cancels the form.
//   - Keys typed while Enter waits for the results of what was typed, or for
//     a copy to finish, are queued and replayed in order, so fast type-ahead
//     ("dh⏎123⇥顺丰⏎", "⏎⏎" for two parts) does what it would on an idle
//     machine and never copies a stale selection.
//   - Groups: "全部" plus the top-level groups in pack order; --group may name
//     a nested group (售后/退换), which gets a tab of its own. Platforms cycle
//     全部 → 京东 → 天猫 → 拼多多: a platform hides phrases not meant for it and
//     shows (and copies) its variant.
//   - Pack load problems and code conflicts show as one warning line; ctrl+o
//     expands them (ctrl+w would be the input's delete-word).
//   - Phrases outside their valid window at start are hidden.
//   - Text from packs goes through visible before it is drawn (see
//     visible.go); what is copied is the rendered text, byte for byte.
package tui
