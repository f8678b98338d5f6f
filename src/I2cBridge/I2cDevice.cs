namespace I2cBridge;

/// <summary>
/// One target on a bus, shaped like System.Device.I2c.I2cDevice so the dotnet/iot package can replace it later
/// without touching callers.
/// </summary>
public abstract class I2cDevice : IDisposable
{
    public abstract I2cConnectionSettings ConnectionSettings { get; }

    /// <summary>Reads one byte (START, address+R, byte, STOP).</summary>
    public virtual byte ReadByte()
    {
        Span<byte> b = stackalloc byte[1];
        Read(b);
        return b[0];
    }

    /// <summary>Fills <paramref name="buffer"/> from the target in one read message.</summary>
    public abstract void Read(Span<byte> buffer);

    /// <summary>Writes one byte in one write message.</summary>
    public virtual void WriteByte(byte value) => Write([value]);

    /// <summary>Writes <paramref name="buffer"/> in one write message.</summary>
    public abstract void Write(ReadOnlySpan<byte> buffer);

    /// <summary>A write message, a repeated START, then a read message, with a single STOP.</summary>
    public abstract void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
