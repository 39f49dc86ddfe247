//! How client-sent values appear in error messages: quoted, escaped and
//! short, so a megabyte of input never comes back as a megabyte of status
//! metadata. Used by the domain's validation and by the REST gateway.

/// At most this many characters of a client's value are quoted.
pub const QUOTE_MAX: usize = 100;
/// At most this many characters of any error message leave the server.
pub const MESSAGE_MAX: usize = 1000;

/// `value` quoted and escaped; one longer than [`QUOTE_MAX`] characters is
/// cut there and says how long it was.
pub fn quote(value: &str) -> String {
    let length = value.chars().count();
    if length <= QUOTE_MAX {
        return format!("{value:?}");
    }
    let head: String = value.chars().take(QUOTE_MAX).collect();
    format!("{head:?}… ({length} characters)")
}

/// `message` cut to [`MESSAGE_MAX`] characters: the last guard for
/// messages that embed text from elsewhere (a JSON parser, a library).
pub fn clip(message: &str) -> std::borrow::Cow<'_, str> {
    match message.char_indices().nth(MESSAGE_MAX) {
        None => message.into(),
        Some((end, _)) => format!("{}…", &message[..end]).into(),
    }
}

/// The first control character `value` holds that its kind of text may
/// not: every C0 control (U+0000–U+001F) and DEL, except tab, line feed
/// and carriage return where `lines` allows several lines. With its
/// position, counted in characters from 0.
pub fn forbidden_control(value: &str, several_lines: bool) -> Option<(usize, char)> {
    value.chars().enumerate().find(|&(_, c)| {
        let control = c.is_ascii_control();
        control && !(several_lines && matches!(c, '\t' | '\n' | '\r'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_say_how_long_they_were() {
        assert_eq!(quote("abc"), "\"abc\"");
        let long = "x".repeat(1_000_000);
        let quoted = quote(&long);
        assert!(quoted.len() < 130, "{quoted}");
        assert!(quoted.ends_with("… (1000000 characters)"));
        assert_eq!(clip(&"é".repeat(2000)).chars().count(), MESSAGE_MAX + 1);
        assert_eq!(clip("short"), "short");
    }

    #[test]
    fn controls_are_found_except_line_breaks_in_multi_line_text() {
        assert_eq!(forbidden_control("a\0b", true), Some((1, '\0')));
        assert_eq!(forbidden_control("a\u{1b}[31m", true), Some((1, '\u{1b}')));
        assert_eq!(forbidden_control("a\u{7f}", true), Some((1, '\u{7f}')));
        assert_eq!(forbidden_control("one\ttwo\r\nthree", true), None);
        assert_eq!(forbidden_control("one\ntwo", false), Some((3, '\n')));
        assert_eq!(forbidden_control("émoji 👍", false), None);
    }
}
