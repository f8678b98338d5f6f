namespace I2cBridge.Ssif;

/// <summary>SMBus command codes of the SSIF protocol (IPMI v2.0 §12.8, Table 12-5).</summary>
public static class SsifCommand
{
    public const byte SingleWrite = 0x02;
    public const byte SingleRead = 0x03;
    public const byte MultiWriteStart = 0x06;
    public const byte MultiWriteMiddle = 0x07;
    public const byte MultiWriteEnd = 0x08;
    public const byte MultiReadMiddle = 0x09;

    /// <summary>First two bytes of the first block of a multi-part read (IPMI v2.0 §12.12).</summary>
    public const byte MultiReadStartMarker0 = 0x00;
    public const byte MultiReadStartMarker1 = 0x01;

    /// <summary>Block number of the last block of a multi-part read; middle blocks count up from 0.</summary>
    public const byte MultiReadEndBlock = 0xFF;
}
