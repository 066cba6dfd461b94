namespace Trackdown.Core.Parsing;

/// <summary>Finds the first byte that breaks UTF-8, so the error can point at its line and column.</summary>
internal static class Utf8Validator
{
    /// <summary>The index of the first invalid byte at or after <paramref name="start"/>, or -1 when all is valid.</summary>
    public static int FirstInvalid(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                if (b == 0)
                {
                    return i; // NUL is valid UTF-8 but never text: treat it as the binary marker it is.
                }

                i++;
                continue;
            }

            int length;
            int min;
            if ((b & 0xE0) == 0xC0) { length = 2; min = 0x80; }
            else if ((b & 0xF0) == 0xE0) { length = 3; min = 0x800; }
            else if ((b & 0xF8) == 0xF0) { length = 4; min = 0x10000; }
            else { return i; }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var code = b & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                var c = bytes[i + k];
                if ((c & 0xC0) != 0x80)
                {
                    return i;
                }

                code = (code << 6) | (c & 0x3F);
            }

            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
