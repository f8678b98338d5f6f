namespace I2cBridge.Ssif;

/// <summary>Multi-part transaction support, bits 7:6 of the SSIF transaction support mask (IPMI v2.0 §22.9, Table 22-14).</summary>
public enum SsifMultiPart : byte
{
    /// <summary>Single-part reads and writes only (32 bytes each way).</summary>
    None = 0,

    /// <summary>Multi-part start and end only (two parts).</summary>
    StartEndOnly = 1,

    /// <summary>Start, middle and end: any length up to the reported maxima.</summary>
    StartMiddleEnd = 2,
}
