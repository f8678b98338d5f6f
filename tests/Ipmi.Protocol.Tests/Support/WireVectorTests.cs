namespace Ipmi.Protocol.Tests.Support;

/// <summary>
/// Table-driven wire tests for one message type: every (bytes, value) vector of the derived fixture's
/// static <c>Vectors</c> is parsed and written, both plainly and from/into a buffer framed by 0xFF guard
/// bytes, so a codec that reads or writes past its slice fails.
/// </summary>
// The vectors live in each derived fixture as a static Vectors(); NUnit resolves the name on the
// fixture type, which the analyzer cannot see from here.
#pragma warning disable NUnit1011
public abstract class WireVectorTests<T>
{
    public delegate bool Parser(ReadOnlySpan<byte> data, out T value);

    protected abstract Parser Parse { get; }
    protected abstract int Length(T value);
    protected abstract int Write(T value, Span<byte> destination);

    /// <summary>Compares a parsed value with the expected one; override for types holding buffers.</summary>
    protected virtual void AssertEqual(T actual, T expected) => Assert.That(actual, Is.EqualTo(expected));

    protected static TestCaseData Vector(string hex, T value, string name) =>
        new TestCaseData(Hex.Bytes(hex), value).SetArgDisplayNames(name);

    [TestCaseSource("Vectors")]
    public void TryParse_reads_vector(byte[] bytes, T expected)
    {
        Assert.That(Parse(bytes, out var actual), Is.True);
        AssertEqual(actual, expected);
    }

    [TestCaseSource("Vectors")]
    public void TryParse_reads_vector_from_guarded_slice(byte[] bytes, T expected)
    {
        var framed = new byte[bytes.Length + 2];
        framed.AsSpan().Fill(0xFF);
        bytes.CopyTo(framed, 1);
        Assert.That(Parse(framed.AsSpan(1, bytes.Length), out var actual), Is.True);
        AssertEqual(actual, expected);
    }

    [TestCaseSource("Vectors")]
    public void WriteTo_produces_vector(byte[] expected, T value)
    {
        Assert.That(Length(value), Is.EqualTo(expected.Length));
        var buffer = new byte[expected.Length + 2];
        buffer.AsSpan().Fill(0xFF);
        var written = Write(value, buffer.AsSpan(1, expected.Length));
        Assert.That(written, Is.EqualTo(expected.Length));
        Assert.That(buffer[1..^1], Is.EqualTo(expected));
        Assert.That((buffer[0], buffer[^1]), Is.EqualTo(((byte)0xFF, (byte)0xFF)), "guard bytes");
    }
}
#pragma warning restore NUnit1011
