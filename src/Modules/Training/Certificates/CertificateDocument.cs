namespace ChildSafety.Training.Certificates;

/// <summary>The printable A4 certificate.</summary>
public static class CertificateDocument
{
    public static byte[] Render(CertificatePrint print) => throw new NotImplementedException();
}
