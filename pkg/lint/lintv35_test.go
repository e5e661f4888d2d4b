package lint

import "testing"

// Lint v35: an empty parcel (空包) in an after-sales reply where the shop
// owns the case to the end (负责到底). Telling the buyer to hold off
// confirming receipt is no such sign: fake orders say it too (拍完先别确认
// 收货，等我们联系你返款). The first two lines were errors on 7897ab5, the
// commit before lint v35.
func TestLintV35EmptyParcelAfterSales(t *testing.T) {
	wantLint(t, map[string][]string{
		"空包的情况我们一定负责到底，您先别点确认收货":  nil,
		"如果是空包，您不要点确认收货，我们这边负责到底": nil,
		// Clean already, and kept so.
		"收到空包的话先别确认收货，拍个开箱照片给我": nil,
		"空包的事我们负责到底，您放心":        nil,
		// Look-alikes that stay errors: the parcel is the scheme, whatever is said of receipt.
		"空包发您，您确认收货就行":            {RuleFakeOrder + " error"},
		"空包的情况您不用管，签收就行":          {RuleFakeOrder + " error"},
		"我们走空包，您别确认收货，等我通知再点":     {RuleFakeOrder + " error"},
		"空包已经发出了，您别点确认收货，过两天自动确认": {RuleFakeOrder + " error"},
		"拍这个链接，我们发空包，不要确认收货，等返款":  {RuleFakeOrder + " error"},
	})
}

// Lint v35: a QR code on the platform's return slip (退货单, 寄件码) is for
// the courier to scan, like the one on a waybill (面单, 快递单). The first
// line was an error on 7897ab5.
func TestLintV35ReturnSlipCode(t *testing.T) {
	wantLint(t, map[string][]string{
		"退货单上有个二维码，给上门的快递员扫一下就行": nil,
		// Clean already, and kept so.
		"寄件码是个二维码，给快递小哥扫一下就好": nil,
		// Look-alikes that stay errors: the code leads to the shop.
		"退货单上的二维码扫一下就能加我微信": {RuleContact + " error", RuleContact + " error"},
		"给快递员扫一下二维码，然后加我好友": {RuleContact + " error"},
	})
}
