namespace Okr.Core;

/// <summary>The codes of the JSON interchange format (OKR03xx), documented in <c>docs/json-format.md</c>.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The text is not well-formed JSON (a syntax error, an empty document, trailing content).</summary>
    public const string InvalidJson = "OKR0301";

    /// <summary>A value has the wrong JSON type (a string where a number belongs, an object where a list belongs).</summary>
    public const string WrongJsonType = "OKR0302";

    /// <summary>A required property is missing (an id, a title, a measure, a date...).</summary>
    public const string MissingProperty = "OKR0303";

    /// <summary>The <c>format</c> property is missing or names a version this reader does not understand.</summary>
    public const string UnsupportedFormat = "OKR0304";

    /// <summary>One object gives the same property twice, so which value counts is ambiguous.</summary>
    public const string DuplicateProperty = "OKR0305";

    /// <summary>A number does not fit a 64-bit floating-point value (for example <c>1e400</c>).</summary>
    public const string NumberOutOfRange = "OKR0306";

    /// <summary>A number is written as the string <c>"NaN"</c> or <c>"Infinity"</c>; JSON numbers are finite.</summary>
    public const string NotANumberString = "OKR0307";

    /// <summary>A date is not an ISO 8601 calendar date <c>yyyy-MM-dd</c>, or is no real day.</summary>
    public const string InvalidDate = "OKR0308";

    /// <summary>A string names no known choice (an unknown measure kind, alignment kind, owner kind...).</summary>
    public const string UnknownEnumValue = "OKR0309";

    /// <summary>The document nests objects and arrays deeper than the configured limit (default 64).</summary>
    public const string NestingTooDeep = "OKR0310";

    /// <summary>The document is larger than the configured limit (default 256 MiB).</summary>
    public const string DocumentTooLarge = "OKR0311";

    /// <summary>Text is not valid Unicode: invalid UTF-8 bytes, or a lone surrogate in a string.</summary>
    public const string InvalidText = "OKR0312";

    /// <summary>
    /// An unknown property looks like a mistake: it differs from a known property only in letter case, or it
    /// belongs to another measure kind. It is kept as an extension and not used (a warning).
    /// </summary>
    public const string SuspiciousExtension = "OKR0313";

    /// <summary>The writer met a number JSON cannot hold (NaN or an infinity); fix the value in the model.</summary>
    public const string NumberNotWritable = "OKR0314";

    /// <summary>An extension is not one valid JSON value, or its name is a property the format already defines.</summary>
    public const string InvalidExtension = "OKR0315";

    /// <summary>The writer met a required value that is <see langword="null"/> in the model (an id, a title, a measure).</summary>
    public const string ValueNotWritable = "OKR0316";

    /// <summary>Reading stopped after the configured number of diagnostics (default 1,000); fix these and read again.</summary>
    public const string TooManyDiagnostics = "OKR0317";
}
