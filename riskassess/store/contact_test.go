package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPublicContact checks public_contact: a citizen who finds a fake
// account must be able to reach the office, so a contact with no way to
// reach it, a phone that is not a number, a mistyped e-mail address and a
// relative URL are refused with the place and the fix.
func TestPublicContact(t *testing.T) {
	tests := []struct {
		name    string
		contact string
		want    []string
	}{
		{"good", "public_contact:\n  name: {ja: 議会事務局 広報係}\n  phone: 042-481-7111\n  email: gikai@city.example.lg.jp\n  url: https://city.example/gikai/contact\n", nil},
		{"phone only", "public_contact:\n  name: {ja: 広報係}\n  phone: \"+81 (42) 481-7111\"\n", nil},
		{"no way to reach", "public_contact:\n  name: {ja: 広報係}\n", []string{
			`missing-field register.yaml:20:3: public_contact has no way to reach the office: write at least one of phone, email and url`}},
		{"no name", "public_contact:\n  email: a@b.example\n", []string{
			`missing-field register.yaml:19:1: missing required field "public_contact.name.ja"`}},
		{"full-width phone", "public_contact:\n  name: {ja: 広報係}\n  phone: ０４２-４８１-７１１１\n", []string{
			`bad-value register.yaml:21:10: public_contact.phone "０４２-４８１-７１１１" is not a phone number: write digits with hyphens, e.g. 042-481-7111 (half-width)`}},
		{"bad e-mail", "public_contact:\n  name: {ja: 広報係}\n  email: gikai@city\n", []string{
			`bad-value register.yaml:21:10: public_contact.email "gikai@city" is not an e-mail address: write one address, e.g. gikai@city.example.lg.jp`}},
		{"two e-mails", "public_contact:\n  name: {ja: 広報係}\n  email: a@b.example, c@d.example\n", []string{
			`bad-value register.yaml:21:10: public_contact.email "a@b.example, c@d.example" is not an e-mail address: write one address, e.g. gikai@city.example.lg.jp`}},
		{"relative url", "public_contact:\n  name: {ja: 広報係}\n  url: contact.html\n", []string{
			`bad-url register.yaml:21:8: public_contact.url "contact.html" must be an absolute http:// or https:// URL: the public list is read on the organisation's website, where a relative path points nowhere`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML+tc.contact)
			reg, err := Load(dir)
			if diff := cmp.Diff(tc.want, lines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if err == nil && (reg.Org.PublicContact == nil || !strings.Contains(tc.contact, reg.Org.PublicContact.Name.Ja)) {
				t.Errorf("public_contact not decoded: %+v", reg.Org.PublicContact)
			}
		})
	}
}
