/**
 * The mistakes people make most when they write a map, each with the one report it gets: where
 * (the marked range), its code, and what it says in English. syntax-errors.test.ts checks the
 * English; i18n.test.ts checks that in Dutch each gets the same one report, in Dutch.
 */

export interface Mistake {
    /** The text with «» around the one range that must be reported. */
    source: string;
    message: RegExp;
    code?: string;
}

/** A journey with one stage and one touchpoint, the mistake written in the marked place. */
const inTouchpoint = (line: string) => `journey j "J" {
    persona thierry
    stage s "S" {
        touchpoint t "T" {
            channel web
            emotion 0
            evidence "Interviews"
${line}
        }
    }
}`;
const inStage = (line: string) => `journey j "J" {
    persona thierry
    stage s "S" {
${line}
        touchpoint t "T" { channel web emotion 0 evidence "x" }
    }
}`;
const inJourney = (line: string) => `journey j "J" {
    persona thierry
${line}
    stage s "S" {
        touchpoint t "T" { channel web emotion 0 evidence "x" }
    }
}`;
const withAction = (line: string) => inJourney(`    action a "A" {
        owner "Team"
${line}
    }`);

export const mistakes: Record<string, Mistake> = {
    'a keyword with a typo': {
        source: inJourney('    «stgae» u "U" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^`stgae` is not a keyword: did you mean `stage`\? A journey holds `persona`, `state`, `type`, `language`, `scenario`, `owner`, `reviewed`, `review every`, `stage` and `action` lines\.$/,
    },
    'a Dutch keyword': {
        source: inJourney('    «fase» u "U" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^The keywords are English: write `stage` for `fase`\.$/,
    },
    'a keyword with a capital': {
        source: inJourney('    «Stage» u "U" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^Keywords are written in lower case: write `stage`, not `Stage`\.$/,
    },
    'a typo in a touchpoint line': {
        source: inTouchpoint('            «chanel» mail'),
        message: /did you mean `channel`\? A touchpoint holds `persona`, `channel`, .* and `owner` lines\./,
    },
    'a missing closing quote': {
        source: inTouchpoint('            action «"»Taps the ad'),
        message: /^This text has no closing quote on its line: end it with "\./,
    },
    'a missing opening quote': {
        source: inTouchpoint('            action Taps the ad«"»'),
        message: /^This text has no opening quote/,
    },
    'typographic quotes from a word processor': {
        source: inTouchpoint('            action «“»Taps the ad”'),
        message: /^Typographic quotes .* put text between straight double quotes/,
    },
    'single quotes': {
        source: inTouchpoint("            action «'»Taps the ad'"),
        message: /^Text goes between double quotes, "like this", not single quotes\.$/,
    },
    'a text over two lines': {
        source: inTouchpoint('            action «"»Taps\n               the ad"'),
        message: /A text cannot run over several lines; write \\n/,
    },
    'a touchpoint without its closing brace': {
        source: inStage('        touchpoint u "U" {\n            channel web emotion 0 evidence "x"\n        «touchpoint» w "W" { channel web emotion 0 evidence "x" }'),
        message: /^`touchpoint` cannot stand inside touchpoint 'u': is the `}` that closes touchpoint 'u' missing before it\?$/,
    },
    'a stage without its closing brace': {
        source: 'journey j "J" {\n    persona thierry\n    stage u "U" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    «stage» s "S" {\n        touchpoint t "T" { channel web emotion 0 evidence "x" }\n    }\n}\n',
        message: /^`stage` cannot stand inside stage 'u': is the `}` that closes stage 'u' missing before it\?$/,
    },
    'a file that ends before its journey is closed': {
        source: 'journey j "J" {\n    persona thierry\n    stage s "S" {\n        touchpoint t "T" { channel web emotion 0 evidence "x" }\n    }«»\n',
        message: /^The file ends before journey 'j' is closed: add `}` at its end\.$/,
    },
    'a closing brace too many': {
        source: inJourney('') + '\n«}»\n',
        message: /^There is one `}` too many here, or a `{` is missing above it\.$/,
    },
    'a missing opening brace': {
        source: 'journey j "J" {\n    persona thierry\n    stage s "S"\n        «touchpoint» t "T" { channel web emotion 0 evidence "x" }\n    }\n}\n',
        message: /^A `\{` is missing after stage s "…": the lines of a stage go between \{ and \}\.$/,
    },
    'what the customer does, written in a stage (the issue\'s example)': {
        source: inStage('        «action» "Taps an ad"'),
        message: /^`action` cannot stand in a stage\. A stage holds `goal`, `time`, `metric`, `touchpoint`, `pain` and `opportunity` lines\. `action` belongs in a touchpoint \(what the customer does\) or in a journey \(an improvement action\)\.$/,
    },
    'a touchpoint outside a stage': {
        source: inJourney('    «touchpoint» u "U" { channel web emotion 0 evidence "x" }'),
        message: /^`touchpoint` cannot stand in a journey\. .* `touchpoint` belongs in a stage\.$/,
    },
    'an emotion for a whole stage': {
        source: inStage('        «emotion» -1'),
        message: /^`emotion` cannot stand in a stage\. .* `emotion` belongs in a touchpoint\.$/,
    },
    'an action\'s due date in a touchpoint': {
        source: inTouchpoint('            «due» "2027-01-15"'),
        message: /`due` belongs in an action\.$/,
    },
    'a name with a space': {
        source: inJourney('    stage my «stage» "My stage" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^A name is one word: write my_stage .*: stage my_stage "…"\.$/,
    },
    'a name with a hyphen': {
        source: inJourney('    stage my«-»stage "My stage" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^'-' cannot be part of a name\. A name is one word of letters, digits and _/,
    },
    'a character that cannot be in a name': {
        source: inJourney('    stage q«&»a "Q and A" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^'&' cannot be part of a name or stand outside quotes\. A name is one word of letters, digits and _ .*; put any other text in double quotes\.$/,
    },
    'an invisible character copied along': {
        source: inJourney('    stage u«\u200B» "U" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^There is an invisible character \(U\+200B\) here, probably copied along with other text: delete it\.$/,
    },
    'a display text without a name': {
        source: inJourney('    stage «"Service en gebruik"» {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^`stage` needs a name .* before its display text: stage service_en_gebruik "Service en gebruik"\.$/,
    },
    'a name without a display text': {
        source: inJourney('    stage u «{»\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^`stage u` needs its display text in double quotes after the name: stage u "Display text"\.$/,
    },
    'a date without quotes': {
        source: withAction('        due «2027»-01-15'),
        message: /^A date is written in double quotes, in the form YYYY-MM-DD: due "2027-01-15"\.$/,
    },
    'a date in another form': {
        source: withAction('        due «"15-01-2027"»'),
        code: 'invalid-date',
        message: /^'15-01-2027' is not a date in YYYY-MM-DD form: write "2027-01-15"\.$/,
    },
    'an emotion as a word': {
        source: inStage('        touchpoint u "U" { channel web evidence "x" emotion «"sad"» }'),
        message: /^An emotion is a number from -2 \(very negative\) to \+2 \(very positive\), with a word in quotes after it if you like: emotion -1 "unsure"\./,
    },
    'a level that does not exist': {
        source: inTouchpoint('            pain slow "Slow" severity «hoog»'),
        message: /^`hoog` is not a value of `severity`: write `low`, `medium` or `high`\.$/,
    },
    'personas without a comma': {
        source: 'journey j "J" {\n    persona thierry «dominique»\n    stage s "S" {\n        touchpoint t "T" { channel web emotion 0 evidence "x" }\n    }\n}\n',
        message: /^Put a comma between the names after `persona`: persona thierry, dominique\.$/,
    },
    'a persona named by its display text': {
        source: inJourney('    persona «"Drukke Dominique"»'),
        message: /^After `persona` comes a name, not text in quotes/,
    },
    'a time without quotes': {
        source: inTouchpoint('            time 07«:»30'),
        message: /^A time is written in double quotes: time "07:30" or time "07:30-09:00"\.$/,
    },
    'a link without quotes': {
        source: inTouchpoint('            evidence "Analytics" link https«:»//analytics.example.com'),
        message: /^A link is written in double quotes/,
    },
    'text that belongs to no line': {
        source: inTouchpoint('            «"Customers are confused"»'),
        message: /^This text in quotes belongs to no line: start the line with a keyword\. A touchpoint holds/,
    },
    'a review interval in Dutch': {
        source: inJourney('    review every 3 «maanden»'),
        message: /^Write the review interval as review every 3 months/,
    },
    'a map type with spaces': {
        source: inJourney('    type «day» in the life'),
        message: /^`day` is not a value of `type`: write `customer-journey`, `day-in-the-life` or `service-blueprint`\.$/,
    },
    'a decimal number where a name goes': {
        source: inJourney('    stage «1»_orientation "Oriëntatie" {\n        touchpoint v "V" { channel web emotion 0 evidence "x" }\n    }'),
        message: /^A name starts with a letter or _, not a digit/,
    },
};
