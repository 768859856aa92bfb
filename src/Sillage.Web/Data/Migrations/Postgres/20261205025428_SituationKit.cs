using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SituationKit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ShippedDocumentsVersion",
                table: "Situations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "Resources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The shipped teacher-training courses and teachers' documents (data/resources, "audience": "teachers") are for teachers.
            migrationBuilder.Sql("""UPDATE "Resources" SET "Audience" = 1 WHERE "Code" IN ('anssi-cyberedu', 'certa', 'certa-enseigner-avec-un-pgi', 'certa-gestion-incidents', 'certa-gestion-projets', 'certa-partenariat-ibm', 'eduscol-edunum-eco-gestion', 'eduscol-mention-complementaire', 'france-competences-blocs', 'ibm-academic-initiative', 'magistere-si-outils-numeriques', 'magistere-snt-seconde', 'mooc-fun-snt', 'poumay-conference-acquis', 'poumay-maillart-portfolios')""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShippedDocumentsVersion",
                table: "Situations");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Resources");
        }
    }
}
