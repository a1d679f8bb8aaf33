#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so wide-character curses is switched on here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>

// Glibc's Swift module does not export these (they sit behind _XOPEN_SOURCE), so they are
// declared here with their glibc prototypes and reached through ctui_ wrappers, which cannot
// clash with a declaration that a future Glibc module might start exporting.
int wcwidth(wchar_t c);
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);

static inline int ctui_wcwidth(int c) { return wcwidth((wchar_t)c); }
static inline int ctui_posix_openpt(int flags) { return posix_openpt(flags); }
static inline int ctui_grantpt(int fd) { return grantpt(fd); }
static inline int ctui_unlockpt(int fd) { return unlockpt(fd); }
static inline const char *ctui_ptsname(int fd) { return ptsname(fd); }
static inline const char *ctui_codeset(void) { return nl_langinfo(CODESET); }

// Swift 6 rejects reading these mutable C globals directly, and macros do not import.
static inline WINDOW *ctui_stdscr(void) { return stdscr; }
static inline int ctui_colors(void) { return COLORS; }
static inline int ctui_color_pairs(void) { return COLOR_PAIRS; }
static inline int ctui_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int ctui_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int ctui_key_f(int n) { return KEY_F(n); }

static inline attr_t ctui_a_normal(void) { return A_NORMAL; }
static inline attr_t ctui_a_bold(void) { return A_BOLD; }
static inline attr_t ctui_a_dim(void) { return A_DIM; }
static inline attr_t ctui_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ctui_a_reverse(void) { return A_REVERSE; }
static inline attr_t ctui_a_italic(void) { return A_ITALIC; }
#endif
