package phrase

import (
	"testing"
	"time"
)

func TestValidCode(t *testing.T) {
	for code, want := range map[string]bool{
		"hy": true, "618yfx": true, "退款": true, "tk退款2": true, "0": true,
		"": false, "HY": false, "h y": false, "t-k": false, "ｈｙ": false, "hy\u200b": false,
		"hy\x1b": false, "é": false, "ㄅ": false, "１": false, "tk!": false,
	} {
		if got := ValidCode(code); got != want {
			t.Errorf("ValidCode(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestSameContent(t *testing.T) {
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	base := func() *Phrase {
		return &Phrase{Code: "hy", Title: "欢迎", Group: "售前", Tags: []string{"a"}, Keywords: []string{"k"},
			Body: Body{Text: "您好"}, Variants: map[Platform]Body{JD: {Text: "京东"}}, Platforms: []Platform{JD},
			Valid: &Window{From: &at}, Pack: "包", Layer: LayerTeam, File: "a.yaml", Line: 3, Column: 5,
			Locs: map[string]Loc{"code": {Line: 3, Column: 11}}}
	}
	later := at.Add(time.Hour)
	tests := []struct {
		name   string
		change func(*Phrase)
		same   bool
	}{
		{"moved in its file", func(p *Phrase) { p.Line, p.Column, p.Locs = 9, 1, nil }, true},
		{"another file", func(p *Phrase) { p.File = "b.yaml" }, true},
		{"another layer", func(p *Phrase) { p.Layer = LayerPersonal }, true},
		{"title", func(p *Phrase) { p.Title = "欢迎语" }, false},
		{"group", func(p *Phrase) { p.Group = "售后" }, false},
		{"tags", func(p *Phrase) { p.Tags = []string{"b"} }, false},
		{"keywords", func(p *Phrase) { p.Keywords = nil }, false},
		{"text", func(p *Phrase) { p.Text = "您好！" }, false},
		{"parts", func(p *Phrase) { p.Body = Body{Parts: []string{"您好"}} }, false},
		{"variant", func(p *Phrase) { p.Variants[JD] = Body{Text: "京东！"} }, false},
		{"platforms", func(p *Phrase) { p.Platforms = nil }, false},
		{"valid", func(p *Phrase) { p.Valid = &Window{From: &later} }, false},
		{"pack", func(p *Phrase) { p.Pack = "别的包" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base()
			tt.change(b)
			if got := SameContent(base(), b); got != tt.same {
				t.Errorf("SameContent = %v, want %v", got, tt.same)
			}
		})
	}
}
