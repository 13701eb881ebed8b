/* A plain C header whose comments hold HTML, for the history page. */
enum colour {
	COLOUR_RED = 0,   /* <b>red</b> & "warm" */
	COLOUR_GREEN = 1, /* <script>alert('green')</script>: a placeholder, no longer a colour */
};

struct paint {
	long shade;
};
