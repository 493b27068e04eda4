using System.IO.Compression;
using System.Text;

namespace SmeNotebooks.Kernel;

/// <summary>
/// The kernel's logo, drawn and encoded here (PNG, 8-bit RGBA; W3C PNG specification, 2nd ed.) so that the
/// kernelspec needs no image files: three rising bars — the collection's marginal-probability curves — on teal.
/// </summary>
internal static class Logo
{
    /// <summary>A <paramref name="size"/>×<paramref name="size"/> PNG.</summary>
    public static byte[] Png(int size)
    {
        var raw = new MemoryStream();
        for (int y = 0; y < size; y++)
        {
            raw.WriteByte(0);   // filter: none
            for (int x = 0; x < size; x++)
            {
                double u = (x + 0.5) / size, v = 1 - (y + 0.5) / size;
                int bar = (int)((u - 0.15) / 0.25);
                bool inBar = u >= 0.15 && u < 0.85 && (u - 0.15) % 0.25 < 0.18 && v > 0.15 && v < 0.15 + 0.22 * (bar + 1);
                raw.Write(inBar ? [255, 255, 255, 255] : [0, 121, 107, 255]);
            }
        }
        var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)size);
        WriteBigEndian(header, 4, (uint)size);
        header[8] = 8;   // bit depth
        header[9] = 6;   // colour type RGBA
        Chunk(png, "IHDR", header);
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw.ToArray());
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(typeAndData));
        png.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    /// <summary>CRC-32 (ISO 3309, polynomial 0xEDB88320), as PNG chunks require.</summary>
    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
