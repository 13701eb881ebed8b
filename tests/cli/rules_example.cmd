# The example rules file that ships in rules/ is valid.
xabi rules --check rules/example.rules
