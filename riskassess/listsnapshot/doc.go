// Package listsnapshot answers the questions asked of the register's
// snapshots of public lists (lists/*.yaml, riskassess.Register.Lists): in
// what order they are kept (Sort, applied by the loader), which snapshot of
// a list was in force on a day and which came before it (On: the
// cross-checks of riskassess/publiclist, the site's public-lists page, the
// corporate-number import of riskregister lists), and which lists have not
// been refreshed for too long (Stale: riskregister due).
//
// The shortest use:
//
//	latest, previous := listsnapshot.On(reg.Lists, riskassess.ListISMAP, asOf)
//	for _, s := range listsnapshot.Stale(reg.Lists, asOf, reg.Org.PublicLists.MaxAge()) { … }
//
// The functions are pure: they read the snapshots they are given and the
// as-of date, never the clock or the disk. The snapshots themselves
// (riskassess.ListSnapshot) are part of the model; reading and importing
// the published lists is the job of riskassess/publiclist.
//
// The package imports only riskassess and the standard library, so that
// the loader, sitegen and the command can share it without importing
// riskassess/publiclist.
package listsnapshot
