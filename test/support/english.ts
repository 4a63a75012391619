/**
 * The tests expect the product's English unless a test asks for Dutch: the CLI and `journey lsp`
 * take their default language from LC_ALL, LC_MESSAGES and LANG, which a developer's shell may set
 * to Dutch. The processes the tests start inherit this environment.
 */
process.env.LANG = 'C.UTF-8';
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
delete process.env.LANGUAGE;
