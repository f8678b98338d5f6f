namespace I2cBridge;

/// <summary>The SMBus data protocols the bus exposes directly (SMBus 3.1 §6.5.4–6.5.7).</summary>
public enum SmbusProtocol
{
    /// <summary>Write/Read Byte Data: command code then one data byte.</summary>
    ByteData,

    /// <summary>Write/Read Word Data: command code then two data bytes, low byte first.</summary>
    WordData,

    /// <summary>Block Write/Read: command code, byte count (1–32), then the data bytes.</summary>
    BlockData,
}
